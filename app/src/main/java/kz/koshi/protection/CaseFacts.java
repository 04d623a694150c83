package kz.koshi.protection;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * What the commission's statistics may know of a case, as recorded at identification: the region of the screening,
 * sex (null when recorded as neither), the age group on the day of identification (null without a birth date),
 * citizenship (ISO alpha-3), the exploitation found and the pathway. Never a name, a pseudonym, a birth date or text.
 */
@org.springframework.modulith.NamedInterface("events")
public record CaseFacts(String regionCode, Sex sex, AgeGroup ageGroup, String citizenship, ExploitationType exploitation,
                        IdentificationPathway pathway) {
}
