-- Who last changed a crisis centre's places or services, and when (the change itself is audited too).
alter table protection_centre add column updated_by varchar(100);
alter table protection_centre add column updated_at timestamp with time zone;
