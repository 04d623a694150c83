-- A caller's address is personal data: the throttles keep only its keyed hash (HMAC-SHA-256, shared.AddressHash, the
-- key in recruitment_address_key), 64 hex characters, which fit the existing varchar(64). The columns are renamed to
-- say so. The rows already there hold addresses in clear and cannot be hashed here (the key lives in the application),
-- so they are deleted: they are short-lived counts of failures in windows of minutes, and losing them only gives an
-- address that was being slowed down a fresh window.
delete from login_failure;
alter table login_failure rename column source_address to address_hash;

delete from kandas_resume_failure;
alter table kandas_resume_failure rename column source_address to address_hash;
