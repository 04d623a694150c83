package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;

/**
 * A licence application as the applicant fills it in (and corrects it): the legal entity, founders and managers,
 * addresses, destinations (ISO alpha-3), the fee charged to each worker and its terms. The BIN is the account's.
 * The sample contract comes beside it as a file.
 */
public class ApplicationForm {

    /** Rows the form offers for founders and managers; blank rows are ignored. */
    public static final int PERSON_ROWS = 4;

    @Clean @NotBlank @Size(max = 200)
    private String legalName;
    @Clean @NotBlank @Size(max = 300)
    private String legalAddress;
    @Clean @NotBlank @Size(max = 300)
    private String actualAddress;
    @Size(max = 60)
    private List<@Size(max = 3) String> destinations = new ArrayList<>();
    @NotNull @Min(0) @Max(9_999_999_999L)
    private BigDecimal workerFee;
    @Clean @NotBlank @Size(max = 1000)
    private String feeTerms;
    @Valid @Size(max = PERSON_ROWS)
    private List<PersonRow> persons = new ArrayList<>();
    /** The uploaded sample contract, as the form's file field binds it (read by the page controller). */
    private org.springframework.web.multipart.MultipartFile contract;

    public static ApplicationForm blank(String legalName) {
        ApplicationForm form = new ApplicationForm();
        form.setLegalName(legalName);
        form.padPersons();
        return form;
    }

    /** Fills the person rows up to {@link #PERSON_ROWS} for the page. */
    public void padPersons() {
        while (persons.size() < PERSON_ROWS) {
            persons.add(new PersonRow());
        }
    }

    /** The rows that name someone. */
    public List<PersonRow> filledPersons() {
        return persons.stream().filter(p -> !p.blank()).toList();
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getLegalAddress() { return legalAddress; }
    public void setLegalAddress(String legalAddress) { this.legalAddress = legalAddress; }
    public String getActualAddress() { return actualAddress; }
    public void setActualAddress(String actualAddress) { this.actualAddress = actualAddress; }
    public List<String> getDestinations() { return destinations; }
    public void setDestinations(List<String> destinations) { this.destinations = destinations == null ? new ArrayList<>() : destinations; }
    public BigDecimal getWorkerFee() { return workerFee; }
    public void setWorkerFee(BigDecimal workerFee) { this.workerFee = workerFee; }
    public String getFeeTerms() { return feeTerms; }
    public void setFeeTerms(String feeTerms) { this.feeTerms = feeTerms; }
    public org.springframework.web.multipart.MultipartFile getContract() { return contract; }
    public void setContract(org.springframework.web.multipart.MultipartFile contract) { this.contract = contract; }
    public List<PersonRow> getPersons() { return persons; }
    public void setPersons(List<PersonRow> persons) { this.persons = persons == null ? new ArrayList<>() : persons; }
}
