package kz.koshi.recruitment.signals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the labour officer handled a signal (checked the agency, suspended its licence, found nothing, ...). */
public record HandlingNote(@NotBlank @Size(max = 1000) String note) {
}
