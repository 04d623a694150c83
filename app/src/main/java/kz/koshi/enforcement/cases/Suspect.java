package kz.koshi.enforcement.cases;

/**
 * A suspect: a person by registry number (with the name and birth date the registry holds now, shown to the register's
 * keepers only) or an organisation by BIN.
 */
public record Suspect(String personNumber, String name, String birthDate, String bin) {

    public boolean organisation() {
        return bin != null;
    }
}
