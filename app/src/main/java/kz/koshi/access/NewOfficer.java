package kz.koshi.access;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a new officer account. */
public record NewOfficer(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}") String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank String agencyCode,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(min = 12, max = 128) String initialPassword) {
}
