-- Structured reasons (issue 13): a message key and its arguments, rendered in the reader's language. Entries written
-- before keep both empty and their reason text; an entry with a key is hashed as version 2 (AuditHash), which
-- covers the key and the arguments. Adding columns changes no existing row.
alter table audit_entry add column reason_key varchar(100);
alter table audit_entry add column reason_args varchar(10000);
