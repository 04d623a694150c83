package kz.koshi.stay;

import kz.koshi.border.BorderRecords;
import kz.koshi.identity.PersonPageSection;
import kz.koshi.stay.rules.StayAssessment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Stay status, the stay file and violations on the person's page, for the stay file's readers, read as the stay
 * file is ({@code STAY_FILE_VIEWED}); "removal suspended" only for those {@link RemovalSuspension} tells.
 */
@Component
class StaySection implements PersonPageSection {

    private final StayViews views;
    private final StayLedger ledger;
    private final RemovalSuspension suspension;
    private final BorderRecords border;

    StaySection(StayViews views, StayLedger ledger, RemovalSuspension suspension, BorderRecords border) {
        this.views = views;
        this.ledger = ledger;
        this.suspension = suspension;
        this.border = border;
    }

    /** The stay file with today's assessment; without either when no crossing of the person is on record. */
    public record View(String personNumber, StayViews.PersonFile file, StayAssessment assessment, boolean removalSuspended) {
    }

    @Override
    @PreAuthorize(StayViews.READERS)
    public void open() {
    }

    @Override
    @PreAuthorize(StayViews.READERS)
    public Shown shown(String personNumber) {
        if (border.crossingsOf(personNumber).isEmpty()) {
            return new Shown(20, "stay/person-section", new View(personNumber, null, null, false));
        }
        StayAssessment assessment = ledger.assessToday(personNumber);
        return new Shown(20, "stay/person-section", new View(personNumber, views.file(personNumber), assessment,
                Boolean.TRUE.equals(suspension.forCaller(assessment.removalBlocked()))));
    }
}
