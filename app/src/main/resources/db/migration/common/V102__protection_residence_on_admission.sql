-- Eligibility for special social services depends on the person's residence category on admission (rule V4).
alter table protection_case add column residence_category varchar(24);
