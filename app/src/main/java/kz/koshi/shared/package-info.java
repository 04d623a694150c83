/**
 * Small value types, the clock and the web error handling that every module uses. Open: all of its
 * packages may be used by every module; it holds no business logic and depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.koshi.shared;
