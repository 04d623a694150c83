-- The migration police's violation queue (issue 13): a handled violation keeps the administrative protocol's number,
-- the outcome (a fine in tenge, or a warning) and the day; the queue shows each violator's name, citizenship and
-- region, kept here per person as the identity registry and the border knew them at the latest detection, so that
-- the queue filters, sorts and pages in one indexed query without reading other modules' tables.
alter table stay_violation add column protocol_number varchar(40);
alter table stay_violation add column penalty varchar(10);
alter table stay_violation add column fine_tenge bigint;
alter table stay_violation add column handled_on date;
alter table stay_violation add constraint stay_violation_penalty_ck check (penalty in ('FINE', 'WARNING'));
alter table stay_violation add constraint stay_violation_fine_ck check (
    (penalty = 'FINE' and fine_tenge > 0) or (penalty = 'WARNING' and fine_tenge is null) or penalty is null);
create index stay_violation_kind_ix on stay_violation (state, kind, detected_at);

create table stay_violator (
    person_number varchar(24)  primary key,
    surname       varchar(200),
    given_name    varchar(200),
    citizenship   varchar(3),
    region_code   varchar(16),
    refreshed_at  timestamp with time zone not null
);
create index stay_violator_region_ix on stay_violator (region_code);
create index stay_violator_citizenship_ix on stay_violator (citizenship);
create index stay_violator_name_ix on stay_violator (surname, given_name);
