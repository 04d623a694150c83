/**
 * Reconciling a national re-link run with the registry (issue 18, docs/identity-registry.md "National re-link").
 *
 * <p>Contract, by the tables only: the Spark job ({@code relink-spark/}) fills {@code identity_relink_cluster} and
 * moves its {@code identity_relink_run} from WRITING to WRITTEN. {@link kz.koshi.identity.relink.RelinkReconciliation}
 * takes a WRITTEN run (one at a time across nodes: a conditional update to RECONCILING in the writing transaction;
 * anyone else waits for it and gets 409; a node that dies leaves the run WRITTEN), reads its clusters in keyset pages
 * and writes, in that one transaction, review proposals:
 * <ul>
 *   <li>a merge proposal ({@code identity_review} with {@code relink_run}) for each extra person of a cluster whose
 *   records belong to two or more persons, scored and explained as online candidates are, in the protection-side
 *   queue when a protected record is on either side; not when the pair already waits for or was rejected by a
 *   reviewer ({@code skipped_decided}) or a cannot-link constraint separates the two persons ({@code skipped_conflict});</li>
 *   <li>a split proposal ({@code identity_split_proposal} + {@code identity_split_record}, status OPEN) for each extra
 *   cluster of a person whose records fall into two or more clusters: the records outside the person's largest
 *   cluster, never all of them; not when the same split of the same person is open, deferred or rejected.</li>
 * </ul>
 * Then the run is RECONCILED with its four counts, audited as {@code RELINK_RECONCILED}. Nothing is merged or split
 * here: reviewers decide (the split proposals' pages and decisions belong to the review side, not to this package).
 * A failure rolls the proposals back and marks the run WRITTEN again.
 */
package kz.koshi.identity.relink;
