/**
 * The synthetic population generator: plain Java, no Spring. Exposed so that the command line and the
 * demo data loader can use it.
 */
@org.springframework.modulith.NamedInterface("generator")
package kz.koshi.demo.generator;
