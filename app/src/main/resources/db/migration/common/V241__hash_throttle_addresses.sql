-- A caller's address is personal data: the throttles keep only its keyed hash (HMAC-SHA-256, shared.AddressHash, the
-- key in recruitment_address_key), 64 hex characters, which fit the existing varchar(64). The columns are renamed to
-- say so. The rows already there hold addresses in clear and cannot be hashed here (the key lives in the application),
-- so they are deleted: they are short-lived counts of failures in windows of minutes, and losing them only gives an
-- address that was being slowed down a fresh window.
delete from login_failure;
alter table login_failure rename column source_address to address_hash;

delete from kandas_resume_failure;
alter table kandas_resume_failure rename column source_address to address_hash;

-- The anonymous refusal counts become security-log entries once their window closes (access.AnonymousRefusals), so
-- they are kept, not deleted: the counts still waiting are merged per window and kind under one label without an
-- address, and the audit entry made from them says "(addresses before hashing)". Entries already in the audit trail
-- keep their addresses: the trail is append-only and chained (docs/decisions/0009).
insert into anonymous_refusal (window_start, source_address, kind, first_request, refusals)
select window_start, '(addresses before hashing)', kind, min(first_request), sum(refusals)
from anonymous_refusal group by window_start, kind;
delete from anonymous_refusal where source_address <> '(addresses before hashing)';
alter table anonymous_refusal rename column source_address to address_hash;
