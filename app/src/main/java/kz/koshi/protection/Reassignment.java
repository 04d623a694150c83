package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The social workers who are to work on a case from now on (officer ids, all of the agency holding it) and
 * why: a reassignment names the new worker only, adding a worker names both, removing one leaves it out.
 */
public record Reassignment(@NotEmpty Set<@NotNull Long> workers, @NotNull AssignmentReason reason) {
}
