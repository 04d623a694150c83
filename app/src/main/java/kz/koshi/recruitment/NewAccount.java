package kz.koshi.recruitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;

/** The public form that opens an applicant account: the BIN, the legal entity's name, a password typed twice. */
public record NewAccount(
        @NotBlank String bin,
        @Clean @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(max = 128) String passwordAgain) {
}
