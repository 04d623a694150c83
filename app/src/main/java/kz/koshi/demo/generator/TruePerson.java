package kz.koshi.demo.generator;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;

/**
 * A golden (true) person: what the agencies' records would say if nobody made mistakes.
 *
 * @param kind           {@code single}, or a hard-negative tag with its group: {@code twin:G000012}
 * @param maidenSurname  the surname before marriage, still on some older records; null if none
 * @param passports      oldest first; more than one after a renewal (new number, same person)
 * @param idCard         Kazakhstan ID card number for citizens, else null
 * @param iin            for citizens, and for foreigners who got one for work or residence; else null
 * @param phone          canonical +77xxxxxxxxx, or null
 */
record TruePerson(String personId, String kind, Origin origin, Sex sex, NamePart surname, NamePart given,
        String patronymic, NamePart maidenSurname, LocalDate birthDate, List<String> passports, String idCard,
        Iin iin, Address address, String phone) {

    People people() {
        return origin.people();
    }

    String citizenship() {
        return origin.citizenship();
    }

    boolean citizen() {
        return origin.citizen();
    }

    String currentPassport() {
        return passports.getLast();
    }

    /** The surname a record shows: sometimes the maiden one, as on documents issued before marriage. */
    NamePart surnameOnRecord(Dice dice) {
        return maidenSurname != null && dice.chance(0.3) ? maidenSurname : surname;
    }

    /** The passport a record shows: after a renewal, agencies still hold the old number for a while. */
    String passportOnRecord(Dice dice) {
        return passports.size() > 1 && dice.chance(0.35) ? passports.getFirst() : currentPassport();
    }
}
