-- Several nodes on one database (issue 18): each node keeps its own in-memory index of resolved records, so the turn
-- row also counts what was written. "taken" goes up by one at every turn; each record written in a turn carries the
-- turn's number ("turn_taken"), so a node that sees a higher number than its own catches up on exactly those records.
-- "reshaped" goes up when persons are merged or split or the model is retrained: then a node loads its index anew.
alter table identity_resolution_turn add column reshaped bigint default 0 not null;
alter table identity_source_record add column turn_taken bigint default 0 not null;
create index identity_source_record_turn_taken on identity_source_record (turn_taken);
