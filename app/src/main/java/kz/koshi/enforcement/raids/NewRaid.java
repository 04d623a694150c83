package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A raid or inspection as the officer records it: its name, kind, region and place (required: a raid is somewhere),
 * its first day and, once known, its last day, and the persons checked so far with what was found on them. The agency
 * is the caller's, never typed.
 */
public record NewRaid(@Clean @NotBlank @Size(max = 200) String name,
                      @NotNull RaidKind kind,
                      @NotBlank @Size(max = 16) String regionCode,
                      @Clean @NotBlank @Size(max = 300) String place,
                      @NotNull @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = DAY) LocalDate firstDay,
                      @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = DAY) LocalDate lastDay,
                      @Size(max = 500) List<@Valid PersonChecked> persons) {

    /** A day as people write it in Kazakhstan, besides ISO 8601. */
    public static final String DAY = "d.M.uuuu";

    public NewRaid {
        persons = persons == null ? List.of() : persons.stream().map(p -> p == null ? PersonChecked.empty() : p).toList();
    }

    /** The same raid with one more blank row of persons checked (the form's "add a row"). */
    NewRaid withBlankRow() {
        List<PersonChecked> more = new ArrayList<>(persons);
        more.add(PersonChecked.empty());
        return new NewRaid(name, kind, regionCode, place, firstDay, lastDay, more);
    }
}
