package kz.koshi.demo.generator;

/**
 * Migration police registrations (регистрация иностранцев): Russian-language Cyrillic with patronymic,
 * Central Asian letters often Russified, Chinese in Palladius; the registration address; the passport
 * as typed by an officer; the IIN when the foreigner has one.
 */
final class MigrationPoliceFeed implements Feed {

    @Override
    public Source source() {
        return Source.MIGRATION_POLICE;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        boolean russify = dice.chance(0.6);
        String surname = cyrillic(person.surnameOnRecord(dice).cyrillic(), russify, dice);
        String given = cyrillic(person.given().cyrillic(), russify, dice);
        String patronymic = person.patronymic() == null || dice.chance(0.1) ? ""
                : cyrillic(person.patronymic(), russify, dice);
        if (dice.chance(0.3)) { // some regional offices type everything in capitals
            surname = Spelling.upperCyrillic(surname);
            given = Spelling.upperCyrillic(given);
            patronymic = Spelling.upperCyrillic(patronymic);
        }
        String iin = person.iin() == null || dice.chance(0.4) ? "" : person.iin().value();
        String phone = person.phone() == null || dice.chance(0.5) ? ""
                : Documents.phoneAsWritten(person.phone(), dice);
        return new SourceRecord(source(), surname, given, patronymic,
                DateVariants.maybeSwapped(person.birthDate(), 0.03, dice), person.sex().code(),
                person.citizenship(), Documents.passportAsWritten(person.passportOnRecord(dice),
                        person.citizenship(), dice), iin, person.address().russian(), phone);
    }

    private static String cyrillic(String name, boolean russify, Dice dice) {
        return Typos.maybe(russify ? Spelling.russify(name) : name, 0.03, dice);
    }
}
