package kz.koshi.demo.generator;

import kz.koshi.shared.translit.TransliterationScheme;

/**
 * Border Service passport control (ПС КНБ): names as the passport's Latin line prints them, upper case,
 * in the issuing country's scheme (ICAO 9303 or an older national style); full birth date, passport
 * number; the IIN only from Kazakh passports; no patronymic, address or phone.
 */
final class BorderFeed implements Feed {

    @Override
    public Source source() {
        return Source.BORDER;
    }

    @Override
    public SourceRecord render(TruePerson person, Dice dice) {
        TransliterationScheme scheme = Spelling.passportScheme(person, dice);
        String surname = Typos.maybe(Spelling.passport(person.surnameOnRecord(dice), scheme), 0.01, dice);
        String given = Typos.maybe(Spelling.passport(person.given(), scheme), 0.01, dice);
        String iin = person.citizen() && person.iin() != null ? person.iin().value() : "";
        return new SourceRecord(source(), surname, given, "", DateVariants.iso(person.birthDate()),
                person.sex().code(), person.citizenship(), person.passportOnRecord(dice), iin, "", "");
    }
}
