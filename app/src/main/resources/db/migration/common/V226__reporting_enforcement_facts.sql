-- Reporting (issue 17): the enforcement registers' criminal cases, channels stopped and raids, from their events
-- (kz.koshi.reporting.enforcement). Ids, days, regions, articles, countries and counts only.
create table rep_enforcement_fact (
    fact          varchar(16) not null,  -- CRIME, CHANNEL, RAID
    source_id     bigint      not null,
    on_day        date        not null,  -- registered, stopped, or the raid's last day
    region_code   varchar(16) not null,
    kind          varchar(16),           -- a crime's stage when registered
    article       varchar(8),
    country       varchar(3),            -- a channel's first route country
    persons       integer     not null,  -- persons moved (channel), persons checked (raid)
    found         integer     not null,  -- violations found (raid)
    primary key (fact, source_id)
);
create index rep_enforcement_fact_day on rep_enforcement_fact (fact, on_day);
create table rep_enforcement_stage (
    case_id       bigint      not null,
    stage         varchar(16) not null,
    changed_on    date        not null,
    primary key (case_id, stage, changed_on)
);
