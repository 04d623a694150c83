package kz.koshi.protection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lawful request by the person for their own data: the request's reference and basis are recorded. */
public record SubjectRequest(@NotBlank @Size(min = 5, max = 200) String basis) {
}
