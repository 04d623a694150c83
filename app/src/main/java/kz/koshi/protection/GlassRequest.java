package kz.koshi.protection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Break-the-glass: a written reason for reading a case one is not assigned to, for a limited time. */
public record GlassRequest(@NotBlank @Size(max = 32) String caseNumber,
                           @NotBlank @Size(min = 20, max = 1000) String reason) {
}
