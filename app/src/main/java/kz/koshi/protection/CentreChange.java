package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** What a crisis centre offers: its places and the special social services (of the eight) it provides. */
public record CentreChange(@Min(0) @Max(1000) int capacity, @NotEmpty Set<@NotNull ServiceType> services) {
}
