package kz.koshi.kandas;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 1: consent, where the family comes from, and how to reach it (a phone or an e-mail, at least one). Citizens of
 * Kazakhstan (internal resettlers) give the region they live in now ({@code currentRegion}); others leave it empty.
 */
public record OriginAnswers(@AssertTrue(message = "{kandas.consent.required}") Boolean consent,
                            @NotBlank @Size(max = 3) String originCountry,
                            @NotBlank @Size(max = 100) String originCity,
                            @NotBlank @Size(max = 200) String contactName,
                            @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]*", message = "{kandas.contact.phone-invalid}") String contactPhone,
                            @Size(max = 200) @Email(message = "{kandas.contact.email-invalid}") String contactEmail,
                            @Size(max = 16) String currentRegion) {

    /** A citizen of Kazakhstan moving between regions under the resettlement programme (docs/kandas.md). */
    public static final String HOME = "KAZ";

    /** An internal resettler: a citizen, who gives the region lived in now instead of crossing a border. */
    public boolean resettler() {
        return HOME.equals(originCountry);
    }

    public static OriginAnswers blank() {
        return new OriginAnswers(null, null, null, null, null, null, null);
    }
}
