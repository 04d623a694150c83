package kz.koshi.protection;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import kz.koshi.protection.rules.EligibilityRules;
import kz.koshi.protection.rules.EligibilityTerms;
import kz.koshi.protection.rules.ReflectionRules;
import kz.koshi.protection.rules.ReflectionTerms;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.protection.rules.ServicePeriodRules;
import kz.koshi.protection.rules.ServicePeriodTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The protection rules that change with the law, as dated configuration ({@code koshi.protection.*}), and
 * the module's confidentiality settings. See docs/protection.md.
 */
@Validated
@ConfigurationProperties("koshi.protection")
record ProtectionProperties(
        @NotEmpty List<@Valid Reflection> reflection,
        @NotEmpty List<@Valid ServicePeriod> servicePeriod,
        @NotEmpty List<@Valid Eligibility> eligibility,
        /* Whether every social worker of the owning agency sees its cases, not only the assigned ones. */
        boolean agencyWideAccess,
        @NotNull Duration breakGlassFor,
        /* Base64 of a 256-bit AES key for narrative notes; when empty, demo mode keeps one in keyFile. */
        String noteKey,
        @NotNull Path keyFile) {

    record Reflection(@NotNull LocalDate validFrom, @Min(ReflectionTerms.MINIMUM_DAYS) int days) {
    }

    record ServicePeriod(@NotNull LocalDate validFrom, @Min(1) int months, @Min(1) int maxMonths, @Min(0) int alertDays) {
    }

    record Eligibility(@NotNull LocalDate validFrom, @NotEmpty Set<ResidenceCategory> categories) {
    }

    ReflectionRules reflectionRules() {
        return new ReflectionRules(reflection.stream().map(r -> new ReflectionTerms(r.validFrom(), r.days())).toList());
    }

    ServicePeriodRules servicePeriodRules() {
        return new ServicePeriodRules(servicePeriod.stream()
                .map(s -> new ServicePeriodTerms(s.validFrom(), s.months(), s.maxMonths(), s.alertDays())).toList());
    }

    EligibilityRules eligibilityRules() {
        return new EligibilityRules(eligibility.stream().map(e -> new EligibilityTerms(e.validFrom(), e.categories())).toList());
    }
}
