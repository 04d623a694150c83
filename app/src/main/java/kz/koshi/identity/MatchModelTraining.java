package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.engine.LabelledPair;
import kz.koshi.identity.engine.Linkage;
import kz.koshi.identity.engine.Linker;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.ModelRefinement;
import kz.koshi.identity.engine.RecordSet;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import kz.koshi.identity.registry.MatchModelRepository;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retrains the registry's match model: m, u and lambda estimated by EM from the registry's own records
 * (no labels; needs {@link Linker#MIN_RECORDS_TO_TRAIN} records), then refined from reviewers' accepted and
 * rejected pairs. Thresholds never change: they are configuration chosen on data the engine had not seen.
 */
@Service
@PreAuthorize("hasRole('MIGRATION_OFFICER')")
public class MatchModelTraining {

    /** How strongly the current model resists a single review, in pairs (see {@link ModelRefinement}). */
    static final double REVIEW_PRIOR_PAIRS = 50;

    private final IdentityResolution resolution;
    private final SourceRecordRepository records;
    private final ReviewRepository reviews;
    private final MatchModelRepository models;
    private final RegistryIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    MatchModelTraining(IdentityResolution resolution, SourceRecordRepository records, ReviewRepository reviews,
                       MatchModelRepository models, RegistryIndex index, AuditTrail audit, Clock clock) {
        this.resolution = resolution;
        this.records = records;
        this.reviews = reviews;
        this.models = models;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<MatchModelRepository.StoredModel> current() {
        return models.current();
    }

    @Transactional
    public MatchModelRepository.StoredModel retrain() {
        return resolution.withResolutionsPaused(() -> {
            RecordSet set = new RecordSet(new TransliterationKeys());
            records.forEachResolved(r -> set.add(RegistryIndex.toEngine(r)));
            Linkage linkage = new Linker(MatchModel.defaults(), true).link(set);
            List<LabelledPair> decided = decidedPairs();
            MatchModel refined = ModelRefinement.refine(linkage.model(), decided, new TransliterationKeys(), REVIEW_PRIOR_PAIRS);
            models.save(refined, CurrentActor.name(), set.size(), decided.size(), linkage.training().isPresent(), clock.instant());
            audit.record(AuditEvent.success("MATCH_MODEL_RETRAINED", "identity_match_model", null)
                    .because(AuditReason.of("model-retrained", ReasonArg.number(set.size()), ReasonArg.number(decided.size()))));
            index.reshapedInTransaction();
            index.invalidate();
            return models.current().orElseThrow();
        });
    }

    private List<LabelledPair> decidedPairs() {
        List<LabelledPair> pairs = new ArrayList<>();
        for (ReviewItem item : reviews.decided()) {
            var a = records.find(item.sourceRecordId());
            var b = records.find(item.candidateRecordId());
            if (a.isPresent() && b.isPresent()) {
                pairs.add(new LabelledPair(RegistryIndex.toEngine(a.get()), RegistryIndex.toEngine(b.get()),
                        item.status() == ReviewItem.Status.ACCEPTED));
            }
        }
        return pairs;
    }
}
