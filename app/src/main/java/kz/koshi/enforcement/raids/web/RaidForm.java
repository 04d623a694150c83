package kz.koshi.enforcement.raids.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import kz.koshi.enforcement.raids.NewRaid;
import kz.koshi.enforcement.raids.PersonChecked;
import kz.koshi.enforcement.raids.RaidKind;
import kz.koshi.shared.Clean;
import org.springframework.validation.BindingResult;

/**
 * The raid form: the raid, and rows of persons checked with what was found (a blank row is skipped; "add a row" shows
 * one more). Days are typed as text and read by {@link TypedDay}, so a day that is no day is a field error, not a lost form.
 */
public class RaidForm {

    static final int FIRST_ROWS = 3;

    @Clean @Size(max = 200)
    private String name;
    private RaidKind kind = RaidKind.OPERATION;
    @Size(max = 16)
    private String regionCode;
    @Clean @Size(max = 300)
    private String place;
    @Size(max = 10)
    private String firstDay;
    @Size(max = 10)
    private String lastDay;
    @Size(max = 500)
    private List<@Valid RowForm> persons = new ArrayList<>();

    static RaidForm blank(String today) {
        RaidForm form = new RaidForm();
        form.firstDay = today;
        for (int i = 0; i < FIRST_ROWS; i++) {
            form.persons.add(new RowForm(today));
        }
        return form;
    }

    NewRaid command(BindingResult errors) {
        return new NewRaid(name, kind, regionCode, place, TypedDay.read(firstDay, "firstDay", errors),
                TypedDay.read(lastDay, "lastDay", errors), rows(persons, errors));
    }

    static List<PersonChecked> rows(List<RowForm> rows, BindingResult errors) {
        List<PersonChecked> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            checked.add(rows.get(i) == null ? null : rows.get(i).command("persons[" + i + "].", errors));
        }
        return checked;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RaidKind getKind() {
        return kind;
    }

    public void setKind(RaidKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }

    public List<RowForm> getPersons() {
        return persons;
    }

    public void setPersons(List<RowForm> persons) {
        this.persons = persons;
    }
}
