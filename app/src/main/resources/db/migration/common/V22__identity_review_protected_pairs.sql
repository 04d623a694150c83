-- Pairs that involve a record of a protected source (a crisis centre) are reviewed by protection staff in
-- a queue of their own; the migration police's and border's queue never shows or counts them.
alter table identity_review add column protected_pair boolean default false not null;
create index identity_review_protected_ix on identity_review (protected_pair, status);
