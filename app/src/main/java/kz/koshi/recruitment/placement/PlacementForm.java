package kz.koshi.recruitment.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A placement as the agency reports it (its form and its API body): the worker by IIN and name (resolved through the
 * identity registry), where and for whom they will work, the contract and the money. Days typed 05.05.2026 or ISO.
 */
public class PlacementForm {

    @Clean @NotBlank @Size(max = 12)
    private String workerIin;
    @Clean @NotBlank @Size(max = 100)
    private String workerSurname;
    @Clean @NotBlank @Size(max = 100)
    private String workerGivenName;
    @Clean @NotBlank @Size(max = 3)
    private String country;
    @Clean @NotBlank @Size(max = 200)
    private String employerName;
    @Clean @NotBlank @Size(max = 3)
    private String employerCountry;
    @Clean @NotBlank @Size(max = 60)
    private String employerRegistration;
    @Clean @NotBlank @Size(max = 200)
    private String job;
    @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate contractStart;
    @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate contractEnd;
    @NotNull @Min(1) @Max(9_999_999_999L)
    private BigDecimal monthlyWage;
    @Clean @NotBlank @Size(max = 3)
    private String wageCurrency;
    @NotNull @Min(0) @Max(9_999_999_999L)
    private Long feesKzt;

    public String getWorkerIin() { return workerIin; }
    public void setWorkerIin(String workerIin) { this.workerIin = workerIin; }
    public String getWorkerSurname() { return workerSurname; }
    public void setWorkerSurname(String workerSurname) { this.workerSurname = workerSurname; }
    public String getWorkerGivenName() { return workerGivenName; }
    public void setWorkerGivenName(String workerGivenName) { this.workerGivenName = workerGivenName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getEmployerName() { return employerName; }
    public void setEmployerName(String employerName) { this.employerName = employerName; }
    public String getEmployerCountry() { return employerCountry; }
    public void setEmployerCountry(String employerCountry) { this.employerCountry = employerCountry; }
    public String getEmployerRegistration() { return employerRegistration; }
    public void setEmployerRegistration(String employerRegistration) { this.employerRegistration = employerRegistration; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public LocalDate getContractStart() { return contractStart; }
    public void setContractStart(LocalDate contractStart) { this.contractStart = contractStart; }
    public LocalDate getContractEnd() { return contractEnd; }
    public void setContractEnd(LocalDate contractEnd) { this.contractEnd = contractEnd; }
    public BigDecimal getMonthlyWage() { return monthlyWage; }
    public void setMonthlyWage(BigDecimal monthlyWage) { this.monthlyWage = monthlyWage; }
    public String getWageCurrency() { return wageCurrency; }
    public void setWageCurrency(String wageCurrency) { this.wageCurrency = wageCurrency; }
    public Long getFeesKzt() { return feesKzt; }
    public void setFeesKzt(Long feesKzt) { this.feesKzt = feesKzt; }
}
