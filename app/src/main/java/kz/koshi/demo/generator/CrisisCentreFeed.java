package kz.koshi.demo.generator;

import java.util.List;

/**
 * Crisis centres and shelters (кризисные центры): a frightened person, often without documents, tells a
 * social worker a given name, sometimes a short one (Саша, Айгуль), and a birth year. Russified Cyrillic,
 * surname often missing, partial dates, no document number.
 */
final class CrisisCentreFeed implements Feed {

    private final NameBank names;

    CrisisCentreFeed(NameBank names) {
        this.names = names;
    }

    @Override
    public Source source() {
        return Source.CRISIS_CENTRE;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        String surname = dice.chance(0.5) ? "" : Spelling.russify(person.surnameOnRecord(dice).cyrillic());
        String given = person.given().cyrillic();
        List<String> shortForms = names.shortForms(given);
        if (!shortForms.isEmpty() && dice.chance(0.35)) {
            given = dice.pick(shortForms);
        }
        given = Spelling.russify(given);
        String patronymic = person.patronymic() != null && dice.chance(0.15) ? Spelling.russify(person.patronymic()) : "";
        int dateStyle = dice.below(20);
        String birthDate = dateStyle < 10 ? DateVariants.yearOnly(person.birthDate())
                : dateStyle < 15 ? DateVariants.yearMonth(person.birthDate())
                : dateStyle < 18 ? DateVariants.iso(person.birthDate()) : "";
        String iin = person.citizen() && person.iin() != null && dice.chance(0.1) ? person.iin().value() : "";
        String address = dice.chance(0.1) ? person.address().russianShort() : "";
        String phone = person.phone() == null || dice.chance(0.7) ? "" : Documents.phoneAsWritten(person.phone(), dice);
        return new SourceRecord(source(), Typos.maybe(surname, 0.05, dice), Typos.maybe(given, 0.05, dice), patronymic,
                birthDate, person.sex().code(), Feed.orBlank(person.citizenship(), 0.3, dice), "", iin, address, phone);
    }
}
