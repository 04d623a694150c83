package kz.koshi.access;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's form for a new agency-system token. No expiry date means it lasts until revoked. */
public record NewApiToken(@NotBlank @Size(max = 100) String name, @NotBlank String agencyCode, @NotEmpty Set<ApiScope> scopes,
                          @Future @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
}
