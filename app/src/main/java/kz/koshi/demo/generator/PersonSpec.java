package kz.koshi.demo.generator;

import java.time.LocalDate;

import kz.koshi.shared.Sex;

/**
 * What a hard-negative group fixes about a person before {@link PersonFactory} draws the rest.
 * Unset (null) fields are drawn at random.
 */
final class PersonSpec {

    Origin origin;
    String kind = "single";
    Sex sex;
    NamePart maleSurname;
    NamePart given;
    String fatherGiven;
    LocalDate birthDate;
    Address address;
    String phone;
    NamePart maidenSurname;
    boolean noMaidenName;

    PersonSpec(Origin origin) {
        this.origin = origin;
    }

    PersonSpec kind(String value) {
        kind = value;
        return this;
    }

    PersonSpec sex(Sex value) {
        sex = value;
        return this;
    }

    PersonSpec maleSurname(NamePart value) {
        maleSurname = value;
        return this;
    }

    PersonSpec given(NamePart value) {
        given = value;
        return this;
    }

    PersonSpec fatherGiven(String value) {
        fatherGiven = value;
        return this;
    }

    PersonSpec birthDate(LocalDate value) {
        birthDate = value;
        return this;
    }

    PersonSpec household(Address homeAddress, String homePhone) {
        address = homeAddress;
        phone = homePhone;
        return this;
    }

    PersonSpec maidenSurname(NamePart value) {
        maidenSurname = value;
        noMaidenName = value == null;
        return this;
    }
}
