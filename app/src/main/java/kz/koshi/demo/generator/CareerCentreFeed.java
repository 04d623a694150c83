package kz.koshi.demo.generator;

/**
 * Career centres (employment support for citizens): keyed by IIN, Cyrillic in the Kazakh spelling or the
 * Russified one, with patronymic, the ID card as document, the home address and phone. Clean data,
 * the anchor a linker can trust most.
 */
final class CareerCentreFeed implements Feed {

    @Override
    public Source source() {
        return Source.CAREER_CENTRE;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        boolean russify = dice.chance(0.3);
        String surname = person.surnameOnRecord(dice).cyrillic();
        String given = person.given().cyrillic();
        String patronymic = person.patronymic() == null || dice.chance(0.05) ? "" : person.patronymic();
        if (russify) {
            surname = Spelling.russify(surname);
            given = Spelling.russify(given);
            patronymic = Spelling.russify(patronymic);
        }
        String iin = person.iin() == null || dice.chance(0.02) ? "" : person.iin().value();
        String document = person.idCard() == null || dice.chance(0.5) ? "" : person.idCard();
        String phone = person.phone() == null || dice.chance(0.2) ? "" : Documents.phoneAsWritten(person.phone(), dice);
        return new SourceRecord(source(), Typos.maybe(surname, 0.015, dice), Typos.maybe(given, 0.015, dice),
                patronymic, DateVariants.maybeSwapped(person.birthDate(), 0.02, dice), person.sex().code(),
                person.citizenship(), document, iin, Feed.orBlank(person.address().russian(), 0.1, dice), phone);
    }
}
