package kz.koshi.reference;

import kz.koshi.shared.LocalizedName;

/** A country of ISO 3166-1 (or the ICAO code XXA for stateless persons), keyed by its alpha-3 code. */
public record Country(String alpha3, String alpha2, String numericCode, LocalizedName name) implements kz.koshi.shared.Named {
}
