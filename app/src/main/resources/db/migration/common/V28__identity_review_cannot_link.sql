-- Why a pair was not linked automatically although the engine was sure enough: another record of the candidate
-- person is another person by a hard constraint (different_iin, different_passport), or the candidate is reached
-- only through a record without birth date, document or IIN (weak_bridge). Null for an ordinary undecided pair.
alter table identity_review add column cannot_link varchar(20);
