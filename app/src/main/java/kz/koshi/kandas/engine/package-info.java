/**
 * The region recommendation engine (rule set W6 in DOMAIN.md): plain Java, no Spring and nothing of the kandas
 * module outside this package (EnginePurityTest), so that it can be unit-tested and run anywhere. It ranks the
 * regions it is given for one family and explains every point it gives or takes as a message key with
 * arguments ({@link kz.koshi.kandas.engine.Reason}); the host module supplies the facts and renders the reasons
 * in the family's language.
 */
package kz.koshi.kandas.engine;
