-- Why a violation was counted as it was when the kind alone does not say it: EXIT_NOT_RECORDED for an overstay
-- of a visit that a later entry ended, no exit being on record. Null for the others.
alter table stay_violation add column reason varchar(24);
