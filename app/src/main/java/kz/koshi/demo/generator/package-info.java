/**
 * The synthetic population generator ({@code java -jar koshi.jar generate}): plain Java, no Spring.
 * Only {@link kz.koshi.demo.generator.GenerateCommand} is public; it is exposed as the {@code demo}
 * module's named interface so that {@code KoshiApplication} may register it.
 */
@org.springframework.modulith.NamedInterface("generator")
package kz.koshi.demo.generator;
