/**
 * Split proposals of the national re-link (issue 18): a person whose records the re-link put into more than one
 * cluster, and the records that would leave the person ({@code identity_split_proposal}, {@code identity_split_record},
 * written by the reconciling). Reviewers decide them through the same machinery as merge pairs:
 * <ul>
 *   <li>{@link kz.koshi.identity.split.OfficerSplitQueue} (migration police and border officers) decides the proposals
 *   of persons with no crisis centre's record; {@link kz.koshi.identity.split.ProtectedSplitQueue} (case supervisors of
 *   a crisis centre) the protected ones. Asking one queue for the other's proposal is refused (403) and audited.</li>
 *   <li>Accepting moves the listed records still on the person to a new person ({@link RecordMoves}, implemented by
 *   the registry's merges: provenance {@code SPLIT}, search keys, golden records, index after commit,
 *   {@code PersonSplit}); rejecting and deferring only record the decision. Every step is audited
 *   ({@code SPLIT_PROPOSAL_*}); of two concurrent decisions exactly one wins (a conditional update on the status).</li>
 *   <li>The API ({@link kz.koshi.identity.split.SplitProposalApiController}) gives the same acts to agency systems
 *   acting for those reviewers: migration police's and border's systems ({@code identity:write}) for the officers'
 *   proposals, crisis centres' systems ({@code protection:supervise}) for the protected ones.</li>
 * </ul>
 * Internal to the {@code identity} module: no other module sees these types.
 */
package kz.koshi.identity.split;
