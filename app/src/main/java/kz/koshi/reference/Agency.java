package kz.koshi.reference;

import kz.koshi.shared.LocalizedName;

public record Agency(String code, AgencyType type, LocalizedName name, String regionCode, boolean active) implements kz.koshi.shared.Named {
}
