-- Persons and source records take their ids from named sequences, so that a batch can draw the ids it
-- needs first and insert each row once, complete (no insert-then-update, no RETURNING per row).
-- A person's id is the sequence part of their person number; numbers are drawn only for new persons.
create sequence identity_person_seq;
create sequence identity_source_record_seq;
alter sequence identity_person_seq restart with (select coalesce(max(id), 0) + 1 from identity_person);
alter sequence identity_source_record_seq restart with (select coalesce(max(id), 0) + 1 from identity_source_record);
alter table identity_person alter column id drop identity;
alter table identity_person alter column id set default nextval('identity_person_seq');
alter table identity_source_record alter column id drop identity;
alter table identity_source_record alter column id set default nextval('identity_source_record_seq');
