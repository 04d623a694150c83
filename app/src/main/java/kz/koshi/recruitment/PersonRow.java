package kz.koshi.recruitment;

import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;

/** A founder or manager as typed: IIN, surname, given name, birth date (dd.mm.yyyy); resolved in the identity registry. */
public class PersonRow {

    private PersonRole role = PersonRole.FOUNDER;
    @Size(max = 12)
    private String iin;
    @Clean @Size(max = 100)
    private String surname;
    @Clean @Size(max = 100)
    private String givenName;
    @Size(max = 10)
    private String birthDate;

    public PersonRow() {
    }

    public PersonRow(PersonRole role, String iin, String surname, String givenName, String birthDate) {
        this.role = role;
        this.iin = iin;
        this.surname = surname;
        this.givenName = givenName;
        this.birthDate = birthDate;
    }

    boolean blank() {
        return isBlank(iin) && isBlank(surname) && isBlank(givenName) && isBlank(birthDate);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public PersonRole getRole() { return role; }
    public void setRole(PersonRole role) { this.role = role; }
    public String getIin() { return iin; }
    public void setIin(String iin) { this.iin = iin; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
}
