/**
 * Tiny value types and helpers used by every module (transliteration, IIN, command-line tools).
 * Open so that any module may use its sub-packages such as {@code translit}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.koshi.shared;
