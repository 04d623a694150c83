-- Append-only audit trail. Each entry carries the SHA-256 of the previous entry, so any change or
-- deletion breaks the chain at the first altered entry. Ids are handed out under the lock on
-- audit_chain_head, so they are gap-free and in chain order.
create table audit_entry (
    id           bigint       primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100) not null,
    agency_code  varchar(40),
    action       varchar(64)  not null,
    subject_type varchar(64),
    subject_id   varchar(100),
    reason       varchar(500),
    outcome      varchar(16)  not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_entry_actor_ix on audit_entry (actor, occurred_at);
create index audit_entry_subject_ix on audit_entry (subject_type, subject_id);
create index audit_entry_time_ix on audit_entry (occurred_at);

create table audit_chain_head (
    id        int         primary key,
    last_id   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
