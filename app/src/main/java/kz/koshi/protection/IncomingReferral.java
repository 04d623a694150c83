package kz.koshi.protection;

import java.time.Instant;
import java.util.Set;

/**
 * What a provider sees of a referral before accepting it: enough to decide (region, needs, age group,
 * sex), and who consented; not the case itself.
 */
public record IncomingReferral(long id, String caseNumber, String fromAgency, Instant referredAt, String regionCode,
                               String sex, boolean minor, boolean foreign, Set<ServiceType> needs,
                               ConsentGiver consentBy) {
}
