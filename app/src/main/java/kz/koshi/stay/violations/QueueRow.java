package kz.koshi.stay.violations;

import java.time.LocalDate;

import kz.koshi.stay.rules.ViolationKind;

/**
 * A row of the violation queue: the violation, who committed it (name, citizenship and region as the registry and
 * the border knew them at its latest detection; null while not known), and, once handled, the protocol. A violation found
 * in a raid or inspection has its raid's id ({@code raidId}; null for the rules' own) and was found on its first day.
 */
public record QueueRow(long id, String personNumber, String surname, String givenName, String citizenship, String regionCode,
                       ViolationKind kind, LocalDate since, long days, String sanction, String state, LocalDate foundOn,
                       boolean suspended, String protocolNumber, Penalty penalty, Long fineTenge, LocalDate handledOn,
                       Long raidId) {

    /** Surname and given name, as the registry holds them; empty while the registry holds none. */
    public String name() {
        return ((surname == null ? "" : surname) + " " + (givenName == null ? "" : givenName)).strip();
    }

    public boolean foundInRaid() {
        return raidId != null;
    }

    public boolean open() {
        return QueueStatus.OPEN.name().equals(state);
    }
}
