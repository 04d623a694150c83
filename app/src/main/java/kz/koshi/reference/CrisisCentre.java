package kz.koshi.reference;

import java.time.LocalDate;

import kz.koshi.shared.LocalizedName;

/** A crisis centre providing special social services to trafficking victims (seed 001). */
public record CrisisCentre(String agencyCode, LocalizedName name, String regionCode, Funding funding,
                           LocalDate validFrom, LocalDate validTo) implements kz.koshi.shared.Named {

    public enum Funding {
        STATE_FUNDED,
        /** Run by an NGO under the state social order (государственный социальный заказ). */
        STATE_SOCIAL_ORDER
    }
}
