-- On PostgreSQL the database itself refuses to change or delete audit entries. (The embedded H2 demo
-- database relies on the hash chain alone: any change there is reported by the verification.)
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
