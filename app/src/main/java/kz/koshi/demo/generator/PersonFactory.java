package kz.koshi.demo.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;

/** Draws true persons; whatever a {@link PersonSpec} leaves open is chosen at random. */
final class PersonFactory {

    /** Ages are computed against a fixed date, never the clock, so output does not change over time. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 1, 1);

    private final NameBank names;

    PersonFactory(NameBank names) {
        this.names = names;
    }

    TruePerson create(String personId, PersonSpec spec, Dice dice) {
        People people = spec.origin.people();
        Sex sex = spec.sex != null ? spec.sex : dice.chance(0.55) ? Sex.MALE : Sex.FEMALE;
        NamePart given = spec.given != null ? spec.given : dice.pickSkewed(names.given(people, sex));
        NamePart maleSurname = spec.maleSurname != null ? spec.maleSurname : dice.pickSkewed(names.surnames(people));
        NamePart surname = sex == Sex.MALE ? maleSurname : SurnameForms.female(maleSurname);
        String father = spec.fatherGiven != null ? spec.fatherGiven
                : dice.pickSkewed(names.given(people, Sex.MALE)).cyrillic();
        String patronymic = people.patronymicStyle().of(father, sex, dice, names);
        LocalDate birthDate = spec.birthDate != null ? spec.birthDate : adultBirthDate(dice);
        NamePart maiden = spec.maidenSurname != null ? spec.maidenSurname
                : maidenSurname(spec, sex, birthDate, people, surname, dice);
        boolean citizen = spec.origin.citizen();
        List<String> passports = new ArrayList<>(2);
        if (dice.chance(0.15)) {
            passports.add(Documents.passport(spec.origin.citizenship(), dice)); // before a renewal
        }
        passports.add(Documents.passport(spec.origin.citizenship(), dice));
        Iin iin = citizen || dice.chance(0.25) ? issueIin(birthDate, sex, dice) : null;
        Address address = spec.address != null ? spec.address : Address.random(names, dice);
        String phone = spec.address != null ? spec.phone : dice.chance(0.85) ? Documents.mobilePhone(dice) : null;
        return new TruePerson(personId, spec.kind, spec.origin, sex, surname, given, patronymic, maiden, birthDate,
                List.copyOf(passports), citizen ? Documents.kazakhIdCard(dice) : null, iin, address, phone);
    }

    /** Mostly working age, skewed young: the sum of two uniform draws peaks in the early thirties. */
    static LocalDate adultBirthDate(Dice dice) {
        int age = 18 + (dice.between(0, 24) + dice.between(0, 24));
        return REFERENCE_DATE.minusYears(age).minusDays(dice.between(0, 364));
    }

    private NamePart maidenSurname(PersonSpec spec, Sex sex, LocalDate birthDate, People people, NamePart surname,
            Dice dice) {
        boolean gendered = people.patronymicStyle() != PatronymicStyle.NONE || people == People.AZERBAIJANI;
        if (spec.noMaidenName || sex != Sex.FEMALE || !gendered || birthDate.isAfter(REFERENCE_DATE.minusYears(22))
                || !dice.chance(0.25)) {
            return null;
        }
        NamePart maiden = SurnameForms.female(dice.pickSkewed(names.surnames(people)));
        return maiden.equals(surname) ? null : maiden;
    }

    /** The registry skips serials whose check digit would be 10; so do we. */
    static Iin issueIin(LocalDate birthDate, Sex sex, Dice dice) {
        int serial = dice.between(0, 9999);
        while (true) {
            var iin = Iin.issue(birthDate, sex, serial);
            if (iin.isPresent()) {
                return iin.get();
            }
            serial = (serial + 1) % 10_000;
        }
    }
}
