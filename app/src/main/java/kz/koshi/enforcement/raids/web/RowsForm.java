package kz.koshi.enforcement.raids.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** More persons checked for an open raid, on its page. */
public class RowsForm {

    @Size(max = 500)
    private List<@Valid RowForm> persons = new ArrayList<>();

    static RowsForm blank(String day) {
        RowsForm form = new RowsForm();
        for (int i = 0; i < RaidForm.FIRST_ROWS; i++) {
            form.persons.add(new RowForm(day));
        }
        return form;
    }

    public List<RowForm> getPersons() {
        return persons;
    }

    public void setPersons(List<RowForm> persons) {
        this.persons = persons;
    }
}
