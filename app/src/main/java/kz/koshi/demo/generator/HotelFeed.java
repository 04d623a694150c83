package kz.koshi.demo.generator;

import java.util.List;

import kz.koshi.shared.translit.TransliterationScheme;

/**
 * Hotel guest registration (online, since 2014): Latin, mixed case, typed by a receptionist from
 * whatever the guest shows or says. Any transliteration scheme, frequent typos, surname and given name
 * swapped now and then (more for Chinese guests, whose surname comes first), missing fields.
 */
final class HotelFeed implements Feed {

    private static final List<TransliterationScheme> SCHEMES = List.of(TransliterationScheme.values());

    @Override
    public Source source() {
        return Source.HOTEL;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        TransliterationScheme scheme = dice.chance(0.6) ? Spelling.passportScheme(person, dice) : dice.pick(SCHEMES);
        String surname = Typos.maybe(Spelling.title(Spelling.latin(person.surnameOnRecord(dice), scheme)), 0.06, dice);
        String given = Typos.maybe(Spelling.title(Spelling.latin(person.given(), scheme)), 0.06, dice);
        if (dice.chance(person.people().surnameFirst() ? 0.25 : 0.1)) {
            String swap = surname;
            surname = given;
            given = swap;
        }
        String birthDate = dice.chance(0.2) ? "" : DateVariants.maybeSwapped(person.birthDate(), 0.04, dice);
        String document = dice.chance(0.2) ? ""
                : Documents.passportAsWritten(person.passportOnRecord(dice), person.citizenship(), dice);
        String address = dice.chance(0.7) ? "" : person.address().city().latin();
        String phone = person.phone() == null || dice.chance(0.6) ? "" : Documents.phoneAsWritten(person.phone(), dice);
        return new SourceRecord(source(), surname, given, "", birthDate, Feed.orBlank(person.sex().code(), 0.3, dice),
                Feed.orBlank(person.citizenship(), 0.05, dice), document, "", address, phone);
    }
}
