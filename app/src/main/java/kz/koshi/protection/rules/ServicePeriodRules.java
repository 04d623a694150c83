package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.List;


/**
 * Special social services last six months from admission; an extension up to nine months in total is
 * allowed only for ongoing criminal proceedings or hospitalisation (rule V3). The terms are dated, so a
 * change of the Social Code is a configuration change: a period follows the terms in force on admission.
 */
public final class ServicePeriodRules {

    private final DatedTerms<ServicePeriodTerms> terms;

    public ServicePeriodRules(List<ServicePeriodTerms> terms) {
        this.terms = new DatedTerms<>(terms, ServicePeriodTerms::validFrom, "service period");
    }

    public ServicePeriodTerms termsOn(LocalDate day) {
        return terms.on(day, "admittedOn");
    }

    public ServicePeriod admit(LocalDate admittedOn) {
        return new ServicePeriod(admittedOn, admittedOn.plusMonths(termsOn(admittedOn).months()), false);
    }

    /** The latest day an extended period may reach. */
    public LocalDate longestEnd(ServicePeriod period) {
        return period.admittedOn().plusMonths(termsOn(period.admittedOn()).maxMonths());
    }

    /** Checks an extension request; returns the extended period or refuses with the field at fault. */
    public ServicePeriod extend(ServicePeriod period, ExtensionReason reason, LocalDate until) {
        if (reason == null) {
            throw new RuleBroken("reason", "protection.rule.extension-reason");
        }
        if (until == null || !until.isAfter(period.endsOn())) {
            throw new RuleBroken("until", "protection.rule.extension-not-later");
        }
        if (until.isAfter(longestEnd(period))) {
            throw new RuleBroken("until", "protection.rule.extension-too-long");
        }
        return new ServicePeriod(period.admittedOn(), until, true);
    }

    /** True from {@code alertDays} before the end until the end itself. */
    public boolean alertDue(ServicePeriod period, LocalDate today) {
        int days = termsOn(period.admittedOn()).alertDays();
        return !today.isAfter(period.endsOn()) && !today.isBefore(period.endsOn().minusDays(days));
    }

    /** A service may be logged only on a day inside the period and not in the future. */
    public void checkDelivery(ServicePeriod period, LocalDate deliveredOn, LocalDate today) {
        if (deliveredOn == null || deliveredOn.isAfter(today) || !period.covers(deliveredOn)) {
            throw new RuleBroken("deliveredOn", "protection.rule.service-outside-period");
        }
    }
}
