package kz.koshi.enforcement.raids;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Persons checked and findings added to an open raid. */
public record MorePersons(@Size(max = 500) List<@Valid PersonChecked> persons) {

    public MorePersons {
        persons = persons == null ? List.of() : persons.stream().map(p -> p == null ? PersonChecked.empty() : p).toList();
    }
}
