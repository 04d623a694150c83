package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

/** The service plan: which of the eight service types the person is to receive. */
public record PlanChange(@NotEmpty Set<ServiceType> services) {
}
