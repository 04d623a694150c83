-- Reporting (issue 17): what protection publishes for the commission's figures, one row per fact, rebuilt from its
-- events (kz.koshi.reporting.protection). Codes and dates only: no name, pseudonym, birth date or text.
create table rep_protection_fact (
    fact          varchar(16) not null,  -- IDENTIFIED, ADMITTED, EXTENDED, OUTCOME, CLOSED
    source_id     bigint      not null,  -- the case (identified, admitted, closed), extension or outcome id
    case_id       bigint      not null,
    on_day        date        not null,
    ends_on       date,                  -- admitted, extended: the service period's end
    region_code   varchar(16) not null,
    citizenship   varchar(3)  not null,
    sex           varchar(8)  not null,
    age_group     varchar(16) not null,
    exploitation  varchar(32) not null,
    pathway       varchar(32) not null,
    kind          varchar(32),           -- outcome kind, closure reason, extension reason
    centre_code   varchar(40),
    primary key (fact, source_id)
);
create index rep_protection_fact_day on rep_protection_fact (fact, on_day);
create index rep_protection_fact_case on rep_protection_fact (case_id, fact);
