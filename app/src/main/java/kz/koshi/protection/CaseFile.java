package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.CriminalStage;

/** Everything on a case, for the people entitled to read it; narrative text decrypted. */
public record CaseFile(
        long id, String caseNumber, String personNumber, String personName, String pseudonym, String sex, LocalDate birthDate,
        boolean minor, String citizenship, String regionCode, CaseStatus status, String ownerAgency, Instant openedAt,
        String grounds, Screening screening, String centreCode, ResidenceCategory residence, LocalDate admittedOn, LocalDate periodEndsOn,
        boolean periodExtended, LocalDate longestPeriodEnd, boolean periodAlert, LocalDate reflectionStartsOn,
        LocalDate reflectionEndsOn, LocalDate reflectionEndedOn, Instant childProtectionAt, LocalDate closedOn,
        ClosureReason closureReason, Set<ServiceType> plan, List<Service> services, List<Referral> referrals,
        List<Extension> extensions, List<Outcome> outcomes, List<Party> parties, List<FollowUp> followUps, List<Note> notes,
        List<Event> timeline, List<Worker> workers, boolean writable) {

    public record Screening(Instant screenedAt, String agencyCode, IdentificationPathway pathway,
                            ExploitationType exploitationType, boolean crossBorder, Set<Indicator> indicators) {
    }

    public record Service(long id, ServiceType serviceType, LocalDate deliveredOn, String recordedBy) {
    }

    /** {@code representativeName} and {@code representativeRelation} when a child's legal representative consented. */
    public record Referral(long id, String fromAgency, String toAgency, Instant referredAt, Set<ServiceType> needs,
                           boolean consent, ConsentGiver consentBy, String representativeName,
                           RepresentativeRelation representativeRelation, ReferralStatus status, Instant decidedAt, DeclineReason declineReason) {
    }

    public record Extension(long id, ExtensionReason reason, LocalDate until, String requestedBy, Instant requestedAt,
                            ExtensionStatus status, String decidedBy) {
    }

    public record Outcome(long id, OutcomeKind kind, LocalDate recordedOn, String criminalArticle,
                          CriminalStage criminalStage, String reference) {
    }

    /** A person (by person number), organisation or place named in the case. */
    public record Party(long id, PartyRole role, PartyKind kind, String personNumber, String label, String businessId,
                        String regionCode, String country) {
    }

    public record FollowUp(long id, LocalDate contactedOn, FollowUpChannel channel, String note, String recordedBy) {
    }

    public record Note(long id, Instant writtenAt, String author, String text) {
    }

    /** A social worker assigned to the case; {@code name} is null for an account no longer enabled. */
    public record Worker(long officerId, String name, Instant assignedAt) {
    }

    public record Event(Instant occurredAt, String kind, String actor, String detail) {
    }
}
