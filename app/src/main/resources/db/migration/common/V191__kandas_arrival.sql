-- Issue 15, arrival and status: a family member who entered with the family's survey reference (from border's
-- KandasReferenceGiven), linked to the person in the identity registry, and the kandas application's status as the
-- migration police record it (null: arrived, no application yet).
create table kandas_arrival (
    person_number varchar(24) not null primary key,
    survey_id     bigint      not null references kandas_survey (id),
    crossing_id   bigint      not null,
    arrived_on    date        not null,
    status        varchar(16),
    status_on     date,
    status_by     varchar(100),
    constraint kandas_arrival_status_ck check (status in ('APPLIED', 'GRANTED', 'REFUSED'))
);
create index kandas_arrival_survey on kandas_arrival (survey_id);
