-- Reporting at scale (issue 17, docs/benchmarks.md "Reporting"): daily and monthly counts that the figure queries read
-- instead of the facts: a period's whole months from the monthly counts, its other days from the daily ones, so that a
-- year's breakdown sums some hundred thousand rows, not millions of facts. Kept by the
-- projections in the transaction that writes the facts, and only for facts actually written (an event delivered twice
-- counts once); emptied and replayed with the facts on a rebuild. A code the source did not know is '' (not null),
-- so that it can be part of the key; the queries read '' as UNKNOWN.

-- The listener call that wrote a fact (a random number per call): the facts of this call are those carrying it, the
-- ones already there (an event delivered again, or at once by another transaction) keep the earlier call's number.
alter table reporting_flow add column delivery bigint;

-- Flow facts per figure, day and codes.
create table reporting_flow_daily (
    figure      varchar(24) not null,
    occurred_on date        not null,
    region_code varchar(16) not null,
    citizenship varchar(3)  not null,
    sex         varchar(8)  not null,
    age_group   varchar(16) not null,
    purpose     varchar(24) not null,
    kind        varchar(40) not null,
    country     varchar(3)  not null,
    n           bigint      not null,
    primary key (figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country)
);

-- The same per month: occurred_on is the month's first day.
create table reporting_flow_monthly (
    figure      varchar(24) not null,
    occurred_on date        not null,
    region_code varchar(16) not null,
    citizenship varchar(3)  not null,
    sex         varchar(8)  not null,
    age_group   varchar(16) not null,
    purpose     varchar(24) not null,
    kind        varchar(40) not null,
    country     varchar(3)  not null,
    n           bigint      not null,
    primary key (figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country)
);

-- Foreigners present: per day and codes of the entry, how many stays began that day minus how many ended (left_on).
-- Present at the end of day D = the sum of the changes on days up to D.
create table reporting_presence_daily (
    changed_on  date        not null,
    region_code varchar(16) not null,
    citizenship varchar(3)  not null,
    sex         varchar(8)  not null,
    age_group   varchar(16) not null,
    purpose     varchar(24) not null,
    n           bigint      not null,
    primary key (changed_on, region_code, citizenship, sex, age_group, purpose)
);
-- The same per month: changed_on is the month's first day.
create table reporting_presence_monthly (
    changed_on  date        not null,
    region_code varchar(16) not null,
    citizenship varchar(3)  not null,
    sex         varchar(8)  not null,
    age_group   varchar(16) not null,
    purpose     varchar(24) not null,
    n           bigint      not null,
    primary key (changed_on, region_code, citizenship, sex, age_group, purpose)
);

-- The facts already there.
insert into reporting_flow_daily (figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country, n)
select figure, occurred_on, coalesce(region_code, ''), coalesce(citizenship, ''), coalesce(sex, ''), coalesce(age_group, ''),
       coalesce(purpose, ''), coalesce(kind, ''), coalesce(country, ''), count(*)
from reporting_flow
group by figure, occurred_on, coalesce(region_code, ''), coalesce(citizenship, ''), coalesce(sex, ''), coalesce(age_group, ''),
         coalesce(purpose, ''), coalesce(kind, ''), coalesce(country, '');
insert into reporting_presence_daily (changed_on, region_code, citizenship, sex, age_group, purpose, n)
select changed_on, region_code, citizenship, sex, age_group, purpose, sum(n) from (
    select entered_on as changed_on, coalesce(region_code, '') as region_code, coalesce(citizenship, '') as citizenship,
           coalesce(sex, '') as sex, coalesce(age_group, '') as age_group, coalesce(purpose, '') as purpose, 1 as n
    from reporting_presence
    union all
    select left_on, coalesce(region_code, ''), coalesce(citizenship, ''), coalesce(sex, ''), coalesce(age_group, ''),
           coalesce(purpose, ''), -1
    from reporting_presence where left_on is not null) c
group by changed_on, region_code, citizenship, sex, age_group, purpose
having sum(n) <> 0;
insert into reporting_flow_monthly (figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country, n)
select figure, cast(date_trunc('month', occurred_on) as date), region_code, citizenship, sex, age_group, purpose, kind, country, sum(n)
from reporting_flow_daily
group by figure, cast(date_trunc('month', occurred_on) as date), region_code, citizenship, sex, age_group, purpose, kind, country;
insert into reporting_presence_monthly (changed_on, region_code, citizenship, sex, age_group, purpose, n)
select cast(date_trunc('month', changed_on) as date), region_code, citizenship, sex, age_group, purpose, sum(n)
from reporting_presence_daily
group by cast(date_trunc('month', changed_on) as date), region_code, citizenship, sex, age_group, purpose
having sum(n) <> 0;
