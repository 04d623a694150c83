package kz.koshi.demo.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import kz.koshi.shared.Sex;

/**
 * Groups of different persons who look alike on paper, built on purpose so that a linker which merges
 * on name and birth date alone is caught: namesakes, twins, father and son, spouses.
 * Each member's {@code kind} carries the tag and the group id, e.g. {@code twin:G000012}.
 */
final class HardNegatives {

    private final NameBank names;
    private final PersonFactory factory;
    private final Supplier<String> personIds;

    HardNegatives(NameBank names, PersonFactory factory, Supplier<String> personIds) {
        this.names = names;
        this.factory = factory;
        this.personIds = personIds;
    }

    /** Two or three people with the same very common name, sex and birth year, otherwise unrelated. */
    List<TruePerson> namesakes(Origin origin, String group, Dice dice) {
        Sex sex = dice.chance(0.6) ? Sex.MALE : Sex.FEMALE;
        NamePart given = names.given(origin.people(), sex).get(dice.below(3));
        NamePart surname = names.surnames(origin.people()).get(dice.below(3));
        int year = PersonFactory.adultBirthDate(dice).getYear();
        List<TruePerson> members = new ArrayList<>();
        for (int i = dice.between(2, 3); i > 0; i--) {
            LocalDate birthDate = LocalDate.of(year, 1, 1).plusDays(dice.below(365));
            members.add(create(new PersonSpec(origin).kind("namesake:" + group).sex(sex).given(given)
                    .maleSurname(surname).birthDate(birthDate), dice));
        }
        return members;
    }

    /** Same surname, patronymic source, birth date, address and phone; different given names. */
    List<TruePerson> twins(Origin origin, String group, Dice dice) {
        PersonSpec first = family(origin, "twin:" + group, dice).birthDate(PersonFactory.adultBirthDate(dice));
        TruePerson one = create(first, dice);
        PersonSpec second = family(origin, "twin:" + group, dice).birthDate(one.birthDate())
                .maleSurname(first.maleSurname).fatherGiven(first.fatherGiven).household(one.address(), one.phone());
        second.sex(dice.chance(0.5) ? one.sex() : opposite(one.sex()));
        NamePart otherName;
        do {
            otherName = dice.pickSkewed(names.given(origin.people(), second.sex));
        } while (otherName.equals(one.given()));
        return List.of(one, create(second.given(otherName), dice));
    }

    /** A son named after his father: same given name and surname, patronymic from the father's name. */
    List<TruePerson> fatherAndSon(Origin origin, String group, Dice dice) {
        PersonSpec fatherSpec = family(origin, "father:" + group, dice).sex(Sex.MALE)
                .birthDate(PersonFactory.REFERENCE_DATE.minusYears(dice.between(46, 72)).minusDays(dice.below(365)));
        TruePerson father = create(fatherSpec, dice);
        PersonSpec sonSpec = new PersonSpec(origin).kind("son:" + group).sex(Sex.MALE).given(father.given())
                .maleSurname(fatherSpec.maleSurname).fatherGiven(father.given().cyrillic())
                .birthDate(father.birthDate().plusYears(dice.between(21, 28)).plusDays(dice.below(365)));
        if (dice.chance(0.7)) {
            sonSpec.household(father.address(), dice.chance(0.5) ? father.phone() : Documents.mobilePhone(dice));
        }
        return List.of(father, create(sonSpec, dice));
    }

    /** Husband and wife: one surname in its male and female form, one address and phone. */
    List<TruePerson> spouses(Origin origin, String group, Dice dice) {
        PersonSpec husbandSpec = family(origin, "spouse:" + group, dice).sex(Sex.MALE);
        while (husbandSpec.maleSurname.cyrillic().endsWith("ұлы")) {
            // "son of" surnames are not passed to a wife; a Жақсылықұлы's wife keeps her own
            husbandSpec.maleSurname(dice.pickSkewed(names.surnames(origin.people())));
        }
        TruePerson husband = create(husbandSpec, dice);
        NamePart maiden = dice.chance(0.8) ? SurnameForms.female(dice.pickSkewed(names.surnames(origin.people())))
                : null;
        PersonSpec wifeSpec = new PersonSpec(origin).kind("spouse:" + group).sex(Sex.FEMALE)
                .maleSurname(husbandSpec.maleSurname).household(husband.address(), husband.phone())
                .birthDate(husband.birthDate().plusDays(dice.between(-5 * 365, 3 * 365)))
                .maidenSurname(maiden != null && maiden.equals(SurnameForms.female(husbandSpec.maleSurname)) ? null
                        : maiden);
        return List.of(husband, create(wifeSpec, dice));
    }

    private PersonSpec family(Origin origin, String kind, Dice dice) {
        return new PersonSpec(origin).kind(kind).maleSurname(dice.pickSkewed(names.surnames(origin.people())))
                .fatherGiven(dice.pickSkewed(names.given(origin.people(), Sex.MALE)).cyrillic());
    }

    private TruePerson create(PersonSpec spec, Dice dice) {
        return factory.create(personIds.get(), spec, dice);
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }
}
