package kz.koshi.kandas;

import kz.koshi.reference.Agency;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.KoshiPrincipal;

/** The acting officer or agency system: its name and its agency's region ("-" for a national body). */
record Officer(String name, String regionCode) {

    static Officer current(ReferenceData reference) {
        KoshiPrincipal principal = CurrentActor.principal().orElse(null);
        String region = principal == null || principal.agencyCode() == null ? "-"
                : reference.agency(principal.agencyCode()).map(Agency::regionCode).orElse("-");
        return new Officer(CurrentActor.name(), region == null ? "-" : region);
    }
}
