-- Several nodes on one database (issue 18): a scheduled job runs on whichever node takes its row here first
-- (ShedLock's JDBC provider; times are the database's own, so the nodes' clocks need not agree).
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
