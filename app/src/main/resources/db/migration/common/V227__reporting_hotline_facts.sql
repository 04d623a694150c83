-- Reporting (issue 17): the hotline's calls logged and routed, from its events (kz.koshi.reporting.enforcement).
-- Ids, days, regions and codes only: never the facts told, a name or a contact.
create table rep_hotline_fact (
    fact          varchar(8)  not null,  -- CALL, ROUTE
    source_key    varchar(64) not null,  -- the call id; for a route the call id, kind and day
    on_day        date        not null,
    region_code   varchar(16) not null,
    kind          varchar(32) not null,  -- the call's class; for a route where it went
    channel       varchar(16) not null,
    primary key (fact, source_key)
);
create index rep_hotline_fact_day on rep_hotline_fact (fact, on_day);
