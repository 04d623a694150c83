package kz.koshi.protection.guardianship;

/** The case timeline, as the guardianship referral writes to it: a kind (a message key stem) and a coded detail. */
public interface CaseTimeline {

    void record(long caseId, String kind, Object detail);
}
