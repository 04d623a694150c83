package kz.koshi.recruitment.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;
import org.springframework.format.annotation.DateTimeFormat;

/** The labour authority's entry in the register of labour agreements: a country, where things stand, since when, on what source. */
public class AgreementForm {

    @Clean @NotBlank @Size(max = 3)
    private String country;
    @NotNull
    private AgreementStatus status;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate since;
    @Clean @NotBlank @Size(max = 500)
    private String sourceNote;
    private boolean forConfirmation;

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public String getSourceNote() { return sourceNote; }
    public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
    public boolean isForConfirmation() { return forConfirmation; }
    public void setForConfirmation(boolean forConfirmation) { this.forConfirmation = forConfirmation; }
}
