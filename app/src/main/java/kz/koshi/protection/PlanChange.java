package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** The service plan: which of the eight service types the person is to receive. */
public record PlanChange(@NotEmpty Set<@NotNull ServiceType> services) {
}
