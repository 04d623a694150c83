package kz.koshi.enforcement.channels.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import kz.koshi.enforcement.channels.NewChannel;

/**
 * The channel form: route countries and checkpoints as a row of selects each (blank ones dropped), the persons and
 * BINs as free text, one or more a line (or separated by commas or spaces). Its field names are the command's, so a
 * refusal lands on the field that caused it.
 */
public record ChannelForm(String reference, String regionCode, LocalDate stoppedOn, Integer personsMoved,
                   List<String> routeCountries, List<String> checkpoints, String organiserPersons, String organiserBins,
                   String personsIdentified) {

    static final int COUNTRY_STOPS = 4;
    static final int CHECKPOINT_STOPS = 3;

    public ChannelForm {
        routeCountries = routeCountries == null ? List.of() : routeCountries;
        checkpoints = checkpoints == null ? List.of() : checkpoints;
    }

    static ChannelForm blank() {
        return new ChannelForm("", "", null, null, List.of(), List.of(), "", "", "");
    }

    NewChannel command() {
        return new NewChannel(reference, regionCode, stoppedOn, personsMoved, chosen(routeCountries), chosen(checkpoints),
                split(organiserPersons), split(organiserBins), split(personsIdentified));
    }

    /** The value chosen in the i-th select of a row, or "" for none. */
    public String at(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static List<String> chosen(List<String> selects) {
        return selects.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
