package kz.koshi.recruitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.shared.Clean;

/** An officer's act on a licence (suspend, reinstate, revoke, renew) and its reason. */
public record LicenceOrder(@NotNull LicenceAct act, @Clean @NotBlank @Size(max = 1000) String reason) {
}
