-- Border booth: the crossings held now at a checkpoint (the booth's side panel) are found by state and checkpoint,
-- not by scanning every crossing.
create index border_crossing_held_ix on border_crossing (state, checkpoint_code, occurred_at);
