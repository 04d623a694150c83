-- Who consented to a referral: the person, or for a child the legal representative (name as ciphertext).
alter table protection_referral add column consent_by varchar(24) default 'PERSON' not null;
alter table protection_referral add column representative_name text;
alter table protection_referral add column representative_relation varchar(32);
