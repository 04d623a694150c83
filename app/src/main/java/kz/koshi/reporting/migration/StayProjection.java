package kz.koshi.reporting.migration;

import java.util.List;

import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Projection;
import kz.koshi.reporting.readmodel.Fact;
import kz.koshi.reporting.readmodel.Facts;
import kz.koshi.stay.ExpulsionRecorded;
import kz.koshi.stay.PermitIssued;
import kz.koshi.stay.RegistrationRecorded;
import kz.koshi.stay.ViolationsFound;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Stay's events in the read model: registrations, permits, violations found for the first time, expulsions. */
@Component
class StayProjection implements Projection {

    static final List<Figure> FIGURES = List.of(Figure.REGISTRATIONS, Figure.PERMITS, Figure.VIOLATIONS_FOUND, Figure.EXPULSIONS);

    private final Facts facts;

    StayProjection(Facts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(RegistrationRecorded r) {
        facts.record(List.of(Fact.of(Figure.REGISTRATIONS, r.registrationId(), r.validFrom()).withCitizenship(r.citizenship()).withKind(r.party())));
    }

    @ApplicationModuleListener
    void on(PermitIssued p) {
        facts.record(List.of(Fact.of(Figure.PERMITS, p.permitId(), p.validFrom()).withCitizenship(p.citizenship()).withKind(p.kind())));
    }

    @ApplicationModuleListener
    void on(ExpulsionRecorded e) {
        facts.record(List.of(Fact.of(Figure.EXPULSIONS, e.expulsionId(), e.decidedOn()).withCitizenship(e.citizenship())));
    }

    /** A violation is keyed as stay keys it (person, kind, first day): found again after withdrawal, it counts once. */
    @ApplicationModuleListener
    void on(ViolationsFound found) {
        facts.record(found.violations().stream().map(v -> Fact.of(Figure.VIOLATIONS_FOUND,
                v.personNumber() + "|" + v.kind() + "|" + v.since(), v.foundOn()).withCitizenship(v.citizenship())
                .withRegion(v.regionCode()).withKind(v.kind())).toList());
    }

    @Override
    public void clear() {
        facts.clear(FIGURES);
    }
}
