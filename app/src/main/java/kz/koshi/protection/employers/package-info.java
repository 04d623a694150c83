/**
 * How many trafficking cases name an employer abroad (named interface {@code employers}, used by recruitment's risk
 * signals): a count for an organisation's registration number or name key, never a case, a party or a person.
 */
@org.springframework.modulith.NamedInterface("employers")
package kz.koshi.protection.employers;
