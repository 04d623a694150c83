/**
 * The register of criminal cases under the trafficking-related articles (issue 16): registered by the migration police
 * and the prosecutor, with the suspects (persons through identity's registry, organisations by BIN) and the protection
 * cases it concerns (by case number only), its stage moving on with its day. See docs/enforcement.md.
 */
package kz.koshi.enforcement.cases;
