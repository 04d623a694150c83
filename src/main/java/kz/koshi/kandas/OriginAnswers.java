package kz.koshi.kandas;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 1: consent, where the family comes from, and how to reach it (a phone or an e-mail, at least one). */
public record OriginAnswers(@AssertTrue(message = "{kandas.consent.required}") Boolean consent,
                            @NotBlank @Size(max = 3) String originCountry,
                            @NotBlank @Size(max = 100) String originCity,
                            @NotBlank @Size(max = 200) String contactName,
                            @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]*", message = "{kandas.contact.phone-invalid}") String contactPhone,
                            @Size(max = 200) @Email(message = "{kandas.contact.email-invalid}") String contactEmail) {

    public static OriginAnswers blank() {
        return new OriginAnswers(null, null, null, null, null, null);
    }
}
