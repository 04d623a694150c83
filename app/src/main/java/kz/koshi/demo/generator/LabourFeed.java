package kz.koshi.demo.generator;

/**
 * Employers' foreign-labour permits (разрешение на привлечение ИРС) and workers' permits: an HR clerk
 * types the worker either in Cyrillic (with patronymic) or copying the passport's Latin line; the
 * document is whichever passport was shown when the permit was issued, so renewals show up here.
 */
final class LabourFeed implements Feed {

    @Override
    public Source source() {
        return Source.LABOUR;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        String surname;
        String given;
        String patronymic = "";
        NamePart surnameOnRecord = person.surnameOnRecord(dice);
        if (dice.chance(0.6)) {
            boolean russify = dice.chance(0.5);
            surname = russify ? Spelling.russify(surnameOnRecord.cyrillic()) : surnameOnRecord.cyrillic();
            given = russify ? Spelling.russify(person.given().cyrillic()) : person.given().cyrillic();
            if (person.patronymic() != null && dice.chance(0.7)) {
                patronymic = russify ? Spelling.russify(person.patronymic()) : person.patronymic();
            }
        } else {
            var scheme = Spelling.passportScheme(person, dice);
            surname = Spelling.passport(surnameOnRecord, scheme);
            given = Spelling.passport(person.given(), scheme);
        }
        String iin = person.iin() == null || dice.chance(0.4) ? "" : person.iin().value();
        String address = dice.chance(0.3) ? "" : dice.chance(0.5) ? person.address().russianShort()
                : person.address().russian();
        String phone = person.phone() == null || dice.chance(0.4) ? "" : Documents.phoneAsWritten(person.phone(), dice);
        return new SourceRecord(source(), Typos.maybe(surname, 0.03, dice), Typos.maybe(given, 0.03, dice),
                patronymic, DateVariants.maybeSwapped(person.birthDate(), 0.03, dice), person.sex().code(),
                person.citizenship(), Documents.passportAsWritten(person.passportOnRecord(dice), person.citizenship(),
                        dice), iin, address, phone);
    }
}
