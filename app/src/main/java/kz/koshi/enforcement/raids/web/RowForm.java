package kz.koshi.enforcement.raids.web;

import jakarta.validation.constraints.Size;
import kz.koshi.enforcement.raids.PersonChecked;
import kz.koshi.stay.FoundViolation;
import org.springframework.validation.BindingResult;

/** A row of persons checked as the form sends it: who (registry number, IIN or document), the day, what was found. */
public class RowForm {

    @Size(max = 40)
    private String person;
    @Size(max = 10)
    private String checkedOn;
    private FoundViolation violation;
    @Size(max = 20)
    private String employerBin;

    public RowForm() {
    }

    RowForm(String checkedOn) {
        this.checkedOn = checkedOn;
    }

    PersonChecked command(String prefix, BindingResult errors) {
        return new PersonChecked(person, TypedDay.read(checkedOn, prefix + "checkedOn", errors), violation, employerBin);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(String checkedOn) {
        this.checkedOn = checkedOn;
    }

    public FoundViolation getViolation() {
        return violation;
    }

    public void setViolation(FoundViolation violation) {
        this.violation = violation;
    }

    public String getEmployerBin() {
        return employerBin;
    }

    public void setEmployerBin(String employerBin) {
        this.employerBin = employerBin;
    }
}
