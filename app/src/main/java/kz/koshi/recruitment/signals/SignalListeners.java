package kz.koshi.recruitment.signals;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.recruitment.ApplicationSubmitted;
import kz.koshi.recruitment.PlacementRefused;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.recruitment.RevokedLinks;
import kz.koshi.recruitment.rules.RiskRules;
import kz.koshi.recruitment.rules.SignalKind;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the module's events into signals: a refused placement of a minor or with fees above the limit, an accepted
 * placement's wage far below the destination's norm (and its employer, see {@link EmployerSignals}), an application
 * naming a person behind a revoked agency. Each after its transaction, once per fact.
 */
@Component
class SignalListeners {

    private final SignalRepository signals;
    private final RiskSignals risk;
    private final EmployerSignals employers;
    private final PlacementFacts placements;
    private final RevokedLinks revoked;
    private final SignalsProperties properties;
    private final KazakhstanCalendar calendar;

    SignalListeners(SignalRepository signals, RiskSignals risk, EmployerSignals employers, PlacementFacts placements,
                    RevokedLinks revoked, SignalsProperties properties, KazakhstanCalendar calendar) {
        this.signals = signals;
        this.risk = risk;
        this.employers = employers;
        this.placements = placements;
        this.revoked = revoked;
        this.properties = properties;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(PlacementRefused refused) {
        Set<String> reasons = refused.reasons().stream().map(Enum::name).collect(Collectors.toSet());
        signals.binOf(refused.agencyCode()).ifPresent(bin -> RiskRules.ofRefusal(reasons).forEach(kind -> risk.raise(
                new NewSignal(kind, bin, refused.at() + ":" + refused.countryCode(), null, null, null, null, null,
                        refused.countryCode(), calendar.dayOf(refused.at()), null))));
    }

    @ApplicationModuleListener
    void on(PlacementReported placed) {
        String employer = placements.record(placed, calendar.dayOf(placed.reportedAt()));
        signals.binOf(placed.agencyCode()).ifPresent(bin -> RiskRules.wageFarBelow(placed.countryCode(), placed.wageCurrency(),
                placed.monthlyWage(), properties.thresholds()).ifPresent(norm -> wage(bin, placed, norm)));
        employers.look(placed.agencyCode(), employer);
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        int flagged = revoked.of(submitted.applicationId()).size();
        if (RiskRules.revokedPersonsRaise(flagged)) {
            signals.binOf(submitted.agencyCode()).ifPresent(bin -> risk.raise(NewSignal.counted(SignalKind.REVOKED_PERSON_REAPPEARS,
                    bin, "application:" + submitted.applicationId() + ":" + flagged, flagged, null, submitted.on(),
                    String.valueOf(submitted.applicationId()))));
        }
    }

    private void wage(String bin, PlacementReported placed, BigDecimal norm) {
        risk.raise(new NewSignal(SignalKind.WAGE_FAR_BELOW_NORM, bin, "placement:" + placed.placementId(), null, null,
                placed.monthlyWage(), norm, placed.wageCurrency(), placed.countryCode(), calendar.dayOf(placed.reportedAt()),
                placed.placementId().toString()));
    }
}
