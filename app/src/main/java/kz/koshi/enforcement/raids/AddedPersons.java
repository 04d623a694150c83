package kz.koshi.enforcement.raids;

/** What an addition stored: persons newly checked, violations newly handed to stay, and findings that joined one on record. */
public record AddedPersons(int personsChecked, int newViolations, int sameAsRecorded) {

    static final AddedPersons NONE = new AddedPersons(0, 0, 0);

    AddedPersons plus(AddedPersons other) {
        return new AddedPersons(personsChecked + other.personsChecked, newViolations + other.newViolations,
                sameAsRecorded + other.sameAsRecorded);
    }
}
