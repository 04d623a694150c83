package kz.koshi.protection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A narrative case note; encrypted at rest. */
public record NewNote(@NotBlank @Size(max = 4000) String text) {
}
