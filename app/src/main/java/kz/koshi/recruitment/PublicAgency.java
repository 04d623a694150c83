package kz.koshi.recruitment;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.recruitment.rules.LicenceStatus;

/**
 * What anyone may know of an agency without signing in: its name, BIN and licence (number, status today, validity,
 * destinations) and the licence's acts with their days. No person, no reason, no officer.
 */
public record PublicAgency(String name, String bin, String licenceNumber, LicenceStatus status, LocalDate validFrom,
                           LocalDate validTo, List<String> destinations, List<Act> acts) {

    /** A licence act and its day: granted, suspended, reinstated, revoked, renewed, expired. */
    public record Act(String act, LocalDate on) {
    }
}
