-- Resolutions take turns through this one row (select ... for update in the resolving transaction), so the
-- turn is held exactly until that transaction commits or rolls back, on the connection it already holds:
-- no request waits for a second connection, and a second node on the same database would queue here too.
create table identity_resolution_turn (
    id integer primary key,
    taken bigint default 0 not null
);
insert into identity_resolution_turn (id, taken) values (1, 0);
