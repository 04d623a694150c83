-- The commission's statistics (issue 17): the reporting module's read model, filled only from the events the
-- modules publish and rebuilt from the event publication registry (docs/reporting.md). Codes, days and ids only:
-- a person number is kept only where a stock needs the person's entries and exits, and is never shown.

-- Every counted flow (entries, exits, cards, registrations, permits, violations, ...): one row per fact, keyed by the
-- figure and the id of the fact in its source module, so that an event delivered twice counts once.
create table reporting_flow (
    figure      varchar(24) not null,
    fact_id     varchar(100) not null,
    occurred_on date        not null,
    region_code varchar(16),
    citizenship varchar(3),
    sex         varchar(8),
    age_group   varchar(16),
    purpose     varchar(24),
    kind        varchar(40),
    country     varchar(3),
    primary key (figure, fact_id)
);
create index reporting_flow_day_ix on reporting_flow (figure, occurred_on);

-- A traveller's crossings, for the stock of foreigners present (the facts themselves are in reporting_flow).
create table reporting_crossing (
    crossing_id   bigint      not null primary key,
    person_number varchar(24) not null,
    direction     varchar(8)  not null,
    occurred_on   date        not null,
    region_code   varchar(16),
    citizenship   varchar(3),
    sex           varchar(8),
    age_group     varchar(16),
    purpose       varchar(24)
);
create index reporting_crossing_person_ix on reporting_crossing (person_number, occurred_on, crossing_id);

-- A foreigner's stay in the country: from an entry to the next crossing of the same person (null while none).
-- Present on a day D: entered on or before D and not left by D (left_on null or after D).
create table reporting_presence (
    entry_crossing_id bigint      not null primary key,
    person_number     varchar(24) not null,
    entered_on        date        not null,
    left_on           date,
    region_code       varchar(16),
    citizenship       varchar(3),
    sex               varchar(8),
    age_group         varchar(16),
    purpose           varchar(24)
);
create index reporting_presence_person_ix on reporting_presence (person_number);
create index reporting_presence_day_ix on reporting_presence (entered_on, left_on);

-- One row per traveller, locked while the traveller's stays are worked out again, so that two batches with crossings
-- of the same person (an entry and its exit delivered at once) take turns and the later sees the earlier's crossings.
create table reporting_traveller (
    person_number varchar(24) not null primary key
);
