-- Reconciling a national re-link run (issue 18) asks, for each pair of persons it would propose, whether the pair
-- already waits for or was refused by a reviewer, and, for each person it would split, whether the same split was
-- proposed before: these indexes keep those look-ups off a full scan of the review tables.
create index identity_review_record_ix on identity_review (source_record_id);
create index identity_review_candidate_ix on identity_review (candidate_person);
create index identity_split_proposal_person_ix on identity_split_proposal (person_number);
