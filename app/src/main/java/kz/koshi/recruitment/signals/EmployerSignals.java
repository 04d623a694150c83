package kz.koshi.recruitment.signals;

import kz.koshi.protection.employers.EmployerCases;
import kz.koshi.recruitment.rules.RiskRules;
import kz.koshi.recruitment.rules.SignalKind;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several placements by one agency to one employer abroad, followed by trafficking cases naming that employer
 * (protection's organisation parties, by registration number or name key; a count only). Looked at after each
 * placement and daily, since the cases come after the placements.
 */
@Component
class EmployerSignals {

    private final PlacementFacts placements;
    private final EmployerCases cases;
    private final SignalRepository signals;
    private final RiskSignals risk;
    private final SignalsProperties properties;

    EmployerSignals(PlacementFacts placements, EmployerCases cases, SignalRepository signals, RiskSignals risk,
                    SignalsProperties properties) {
        this.placements = placements;
        this.cases = cases;
        this.signals = signals;
        this.risk = risk;
        this.properties = properties;
    }

    void look(String agencyCode, String employerKey) {
        PlacementFacts.ToEmployer to = placements.toEmployer(agencyCode, employerKey).orElse(null);
        String bin = signals.binOf(agencyCode).orElse(null);
        if (to == null || bin == null || to.placements() < properties.employerPlacements()) {
            return;
        }
        long named = cases.casesNaming(to.registration(), to.nameKey(), to.first());
        if (RiskRules.employerCasesRaise(to.placements(), named, properties.thresholds())) {
            String reference = to.registration() != null ? to.registration() : to.nameKey();
            risk.raise(NewSignal.counted(SignalKind.EMPLOYER_TRAFFICKING_CASES, bin, employerKey + ":" + named, to.placements(),
                    named, to.first(), reference.length() > 100 ? reference.substring(0, 100) : reference));
        }
    }

    /** Daily, on one node: protection's cases opened since the placements (default 01:20 Kazakhstan time). */
    @Scheduled(cron = "${koshi.recruitment.signals.employer-sweep:0 20 1 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    @SchedulerLock(name = "recruitment.employer-signals", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    @Transactional
    public void sweepOnSchedule() {
        sweep();
    }

    /** Looks at every agency and employer with enough placements; a signal already raised is not raised again. */
    @Transactional
    public void sweep() {
        placements.withAtLeast(properties.employerPlacements()).forEach(p -> look(p[0], p[1]));
    }
}
