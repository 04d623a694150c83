-- The reporting read model at scale (issue 17, docs/benchmarks.md "Reporting"), run by bench/reporting.sh on a database
-- migrated by Koshi: psql -v crossings=10000000 -v persons=1000000 -v cases=50000 -f bench/reporting-data.sql
-- Fills every table the figures are counted from, as the projections would have written them, over 2025-01-01 to
-- 2026-12-05: the crossings of the persons (each crossing `crossings/persons` times, entry and exit in turn, at the
-- checkpoints of 20 regions, citizenship, sex, age group and purpose weighted roughly as at Kazakhstan's borders), their
-- stays, cards, minors stopped, bans, registrations, permits, violations, expulsions, placements, citizens abroad,
-- kandas, the protection cases with their admissions, extensions, outcomes and closures, hotline calls and routes,
-- criminal cases with their stages, channels and raids; then the daily counts from the facts by V228's own statements.
-- Deterministic (hashes of the row numbers, no random()). Everything the tables held is replaced.
\set ON_ERROR_STOP 1
\timing on
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

create or replace function pg_temp.h(n bigint, salt int) returns int language sql immutable as
$$ select (hashint8(n * 1000003 + salt) & 2147483647) $$;
-- A weighted choice: the code at (hash mod the list's length) of a list where a code appears as often as its weight.
create or replace function pg_temp.pick(codes text[], n bigint, salt int) returns text language sql immutable as
$$ select codes[1 + pg_temp.h(n, salt) % cardinality(codes)] $$;
create temporary table w (name text primary key, codes text[]);
insert into w values
  ('citizenship', array['UZB','UZB','UZB','UZB','UZB','UZB','UZB','UZB','UZB','UZB','UZB','UZB','RUS','RUS','RUS','RUS','RUS',
                        'RUS','KGZ','KGZ','KGZ','KGZ','KGZ','CHN','CHN','CHN','TJK','TJK','TJK','TUR','TUR','AZE','DEU','KOR',
                        'IND','TKM','AFG','KAZ','KAZ','KAZ','KAZ','KAZ','KAZ','KAZ','KAZ','KAZ','KAZ']),
  ('region', array['KZ-61','KZ-61','KZ-61','KZ-61','KZ-79','KZ-79','KZ-79','KZ-75','KZ-75','KZ-75','KZ-71','KZ-71','KZ-19','KZ-19',
                   'KZ-15','KZ-15','KZ-27','KZ-31','KZ-47','KZ-23','KZ-35','KZ-39','KZ-43','KZ-55','KZ-59','KZ-63','KZ-33',
                   'KZ-10','KZ-11','KZ-62']),
  ('sex', array['MALE','MALE','MALE','FEMALE','FEMALE']),
  ('age', array['UNDER_18','FROM_18_TO_29','FROM_18_TO_29','FROM_18_TO_29','FROM_30_TO_44','FROM_30_TO_44','FROM_30_TO_44',
                'FROM_45_TO_59','FROM_45_TO_59','FROM_60']),
  ('purpose', array['WORK','WORK','WORK','WORK','PRIVATE','PRIVATE','PRIVATE','TOURISM','TOURISM','BUSINESS','STUDY','TRANSIT']),
  ('neighbour', array['UZB','RUS','KGZ','CHN','TKM']);
create temporary table person as
select p, 'B' || lpad(p::text, 9, '0') as person_number,
       pg_temp.pick((select codes from w where name = 'citizenship'), p, 1) as citizenship,
       pg_temp.pick((select codes from w where name = 'sex'), p, 2) as sex,
       pg_temp.pick((select codes from w where name = 'age'), p, 3) as age_group,
       pg_temp.pick((select codes from w where name = 'purpose'), p, 4) as purpose,
       pg_temp.pick((select codes from w where name = 'region'), p, 5) as home_region
from generate_series(0, :persons - 1) p;
alter table person add primary key (p);
analyze person;

truncate reporting_flow, reporting_flow_daily, reporting_flow_monthly, reporting_crossing, reporting_presence,
         reporting_presence_daily, reporting_presence_monthly,
         reporting_traveller, reporting_abroad_stay, rep_protection_fact, rep_enforcement_fact, rep_enforcement_stage,
         rep_hotline_fact;

-- Crossings: person p's j-th crossing (j = 0, 1, ...) in the j-th of crossings/persons windows of the 704 days,
-- entries when j is even; the checkpoint mostly the person's usual one; the country across the border the checkpoint's.
insert into reporting_crossing (crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex, age_group, purpose)
select g, p.person_number, case when (g / :persons) % 2 = 0 then 'ENTRY' else 'EXIT' end,
       date '2025-01-01' + ((g / :persons) * 704 / (:crossings / :persons) + pg_temp.h(g, 6) % (704 / (:crossings / :persons)))::int,
       case when pg_temp.h(g, 7) % 4 = 0 then pg_temp.pick((select codes from w where name = 'region'), g, 8) else p.home_region end,
       p.citizenship, p.sex, p.age_group, p.purpose
from generate_series(0, :crossings - 1) g join person p on p.p = g % :persons;
insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country)
select case when direction = 'ENTRY' then 'ENTRIES' else 'EXITS' end, crossing_id::text, occurred_on, region_code, citizenship,
       sex, age_group, purpose, null, pg_temp.pick((select codes from w where name = 'neighbour'), hashtext(region_code), 9)
from reporting_crossing;
-- A card on a foreigner's first entry.
insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose)
select 'CARDS_ISSUED', crossing_id::text, occurred_on, region_code, citizenship, sex, age_group, purpose
from reporting_crossing where crossing_id < :persons and citizenship <> 'KAZ';
insert into reporting_traveller (person_number) select person_number from person;
insert into reporting_presence (entry_crossing_id, person_number, entered_on, left_on, region_code, citizenship, sex, age_group, purpose)
select crossing_id, person_number, occurred_on, next_on, region_code, citizenship, sex, age_group, purpose from (
  select c.*, lead(occurred_on) over (partition by person_number order by occurred_on, crossing_id) next_on from reporting_crossing c) w
where direction = 'ENTRY' and citizenship <> 'KAZ';

-- The other flows of the migration, work-abroad and kandas panels, per 1,000,000 persons: 2,000 minors stopped,
-- 20,000 entry bans, 500,000 registrations, 100,000 permits, 200,000 violations, 10,000 expulsions, 20,000
-- placements, 30,000 kandas arrivals; 100,000 stays abroad.
insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country)
select f.figure, i::text, date '2025-01-01' + pg_temp.h(i, 10) % 704,
       case when f.figure in ('MINORS_STOPPED', 'VIOLATIONS_FOUND', 'KANDAS_ARRIVED') then p.home_region end,
       case when f.figure in ('MINORS_STOPPED', 'REGISTRATIONS', 'PERMITS', 'VIOLATIONS_FOUND', 'EXPULSIONS') then p.citizenship end,
       case when f.figure = 'MINORS_STOPPED' then p.sex end,
       case when f.figure = 'MINORS_STOPPED' then 'UNDER_18' end, null,
       case when f.kinds is null then null else f.kinds[1 + pg_temp.h(i, 11) % cardinality(f.kinds)] end,
       case when f.figure = 'PLACEMENTS' then (array['KOR','KOR','KOR','TUR','RUS','ARE','DEU','POL','USA'])[1 + pg_temp.h(i, 12) % 9]
            when f.figure = 'KANDAS_ARRIVED' then (array['UZB','UZB','UZB','CHN','CHN','MNG','TKM','RUS','KGZ','IRN'])[1 + pg_temp.h(i, 12) % 10] end
from (values ('MINORS_STOPPED', 2000, array['AIR','ROAD','ROAD','RAIL']),
             ('ENTRY_BANS', 20000, array['COURT_EXPULSION','DEPORTATION','SEARCH','INVESTIGATION']),
             ('REGISTRATIONS', 500000, array['HOST','HOST','HOTEL','HOTEL','EMPLOYER','POLICE']),
             ('PERMITS', 100000, array['DOMESTIC_WORKER','EMPLOYER_QUOTA','EMPLOYER_QUOTA','INTRA_CORPORATE_TRANSFER','RESIDENCE']),
             ('VIOLATIONS_FOUND', 200000, array['OVERSTAY','OVERSTAY','MISSED_REGISTRATION','MISSED_REGISTRATION','WORK_WITHOUT_PERMIT','EXPULSION_NOT_EXECUTED','ENTRY_DURING_BAN']),
             ('EXPULSIONS', 10000, null::text[]),
             ('PLACEMENTS', 20000, null::text[]),
             ('KANDAS_ARRIVED', 30000, null::text[])) f(figure, per_million, kinds)
cross join lateral generate_series(1, (f.per_million::bigint * :persons / 1000000)::int) i
join person p on p.p = pg_temp.h(i, 13) % :persons;
insert into reporting_abroad_stay (stay_id, country, kind, started_on, ended_on, changed_at)
select i, (array['KOR','KOR','KOR','TUR','RUS','RUS','ARE','DEU','POL','USA'])[1 + pg_temp.h(i, 14) % 10],
       (array['WITH_PLACEMENT','WITH_PERMIT','WITH_PERMIT','WITHOUT_PERMIT','UNKNOWN'])[1 + pg_temp.h(i, 15) % 5],
       date '2024-01-01' + pg_temp.h(i, 16) % 1070,
       case when pg_temp.h(i, 17) % 3 = 0 then null else date '2024-01-01' + pg_temp.h(i, 16) % 1070 + 30 + pg_temp.h(i, 18) % 400 end,
       now()
from generate_series(1, :persons / 10) i;

-- Protection: the cases identified; 60 % admitted to a crisis centre for 30 days, a fifth of those extended, half with
-- an outcome, 70 % closed.
create temporary table pcase as
select c, date '2025-01-01' + pg_temp.h(c, 20) % 680 as identified_on, p.home_region as region_code,
       case when p.citizenship = 'KAZ' or pg_temp.h(c, 21) % 2 = 0 then 'KAZ' else p.citizenship end as citizenship,
       case when pg_temp.h(c, 22) % 50 = 0 then 'UNKNOWN' else p.sex end as sex, p.age_group,
       (array['LABOUR','LABOUR','LABOUR','SEXUAL','SEXUAL','FORCED_CRIMINALITY','OTHER'])[1 + pg_temp.h(c, 23) % 7] as exploitation,
       (array['HOTLINE','RAID','RAID','BORDER_CHECK','SELF_REFERRAL','NGO_OUTREACH','MISSION_ABROAD','OTHER_AGENCY'])[1 + pg_temp.h(c, 24) % 8] as pathway,
       (select array_agg(code order by code) from agency where type = 'CRISIS_CENTRE') as centres
from generate_series(1, :cases) c join person p on p.p = pg_temp.h(c, 25) % :persons;
insert into rep_protection_fact (fact, source_id, case_id, on_day, ends_on, region_code, citizenship, sex, age_group, exploitation,
                                 pathway, kind, centre_code)
select x.fact, x.source_id, c, x.on_day, x.ends_on, region_code, citizenship, sex, age_group, exploitation, pathway, x.kind, x.centre
from pcase cross join lateral (values
    ('IDENTIFIED', c, identified_on, null::date, null::text, null::text, true),
    ('ADMITTED', c, identified_on + 1, identified_on + 31, null, centres[1 + pg_temp.h(c, 26) % cardinality(centres)], pg_temp.h(c, 27) % 10 < 6),
    ('EXTENDED', c, identified_on + 28, identified_on + 91, (array['CRIMINAL_PROCEEDINGS','HOSPITALISATION'])[1 + pg_temp.h(c, 28) % 2],
        centres[1 + pg_temp.h(c, 26) % cardinality(centres)], pg_temp.h(c, 27) % 10 < 6 and pg_temp.h(c, 29) % 5 = 0),
    ('OUTCOME', c, identified_on + 20 + pg_temp.h(c, 30) % 60, null, (array['DOCUMENTS_RESTORED','EMPLOYMENT_REFERRAL','REPATRIATION',
        'COMPENSATION_CLAIM','CRIMINAL_CASE','DEPOSITED_TESTIMONY'])[1 + pg_temp.h(c, 31) % 6], null, pg_temp.h(c, 32) % 2 = 0),
    ('CLOSED', c, identified_on + 95 + pg_temp.h(c, 33) % 200, null, (array['REINTEGRATED','EMPLOYED','REPATRIATED','SERVICE_PERIOD_ENDED',
        'REFUSED_SERVICES','LOST_CONTACT','NOT_A_VICTIM'])[1 + pg_temp.h(c, 34) % 7], null, pg_temp.h(c, 35) % 10 < 7)
) x(fact, source_id, on_day, ends_on, kind, centre, happened)
where x.happened and x.on_day <= date '2026-12-05';

-- The hotline: 4 calls per case, 40 % of them routed; enforcement: a criminal case per 5 protection cases (with stages),
-- a channel per 25, a raid per 10.
insert into rep_hotline_fact (fact, source_key, on_day, region_code, kind, channel)
select 'CALL', i::text, date '2025-01-01' + pg_temp.h(i, 40) % 704, pg_temp.pick((select codes from w where name = 'region'), i, 41),
       (array['WORK_ABROAD','WORK_ABROAD','POSSIBLE_TRAFFICKING','LABOUR_RIGHTS','LABOUR_RIGHTS','MIGRATION_STATUS','MISSING_PERSON','OTHER'])[1 + pg_temp.h(i, 42) % 8],
       (array['CALL','CALL','CALL','MESSENGER','MESSENGER','EMAIL','WALK_IN'])[1 + pg_temp.h(i, 43) % 7]
from generate_series(1, 4 * :cases) i;
insert into rep_hotline_fact (fact, source_key, on_day, region_code, kind, channel)
select 'ROUTE', source_key || ':' || r.kind || ':' || on_day, on_day, region_code, r.kind, channel
from rep_hotline_fact f
cross join lateral (select (array['SCREENING','AGENCY_COMPLAINT','LABOUR_INSPECTION','DUTY_POLICE'])[1 + pg_temp.h(f.source_key::bigint, 44) % 4] as kind) r
where fact = 'CALL' and pg_temp.h(source_key::bigint, 45) % 10 < 4;
insert into rep_enforcement_fact (fact, source_id, on_day, region_code, kind, article, country, persons, found)
select f.fact, i, date '2025-01-01' + pg_temp.h(i, 50) % 704, pg_temp.pick((select codes from w where name = 'region'), i, 51),
       case when f.fact = 'CRIME' then 'OPENED' end,
       case when f.fact = 'CRIME' then (array['128','128','135-1','116','125','126','134'])[1 + pg_temp.h(i, 52) % 7] end,
       case when f.fact = 'CHANNEL' then (array['UZB','UZB','KGZ','TJK','RUS','CHN'])[1 + pg_temp.h(i, 53) % 6] end,
       case when f.fact = 'CRIME' then 1 + pg_temp.h(i, 54) % 3 when f.fact = 'CHANNEL' then 1 + pg_temp.h(i, 54) % 40
            else 5 + pg_temp.h(i, 54) % 200 end,
       case when f.fact = 'RAID' then pg_temp.h(i, 55) % 30 else 0 end
from (values ('CRIME', 5), ('CHANNEL', 25), ('RAID', 10)) f(fact, per_case)
cross join lateral generate_series(1, :cases / f.per_case) i;
insert into rep_enforcement_stage (case_id, stage, changed_on)
select source_id, s.stage, on_day + s.after
from rep_enforcement_fact f cross join lateral (values ('INVESTIGATION', 10, 1), ('COURT', 120, 2), ('CONVICTED', 200, 3),
    ('DISCONTINUED', 90, 4)) s(stage, after, step)
where fact = 'CRIME' and (s.step = 1 or (s.step in (2, 3) and pg_temp.h(source_id, 56) % 2 = 0)
      or (s.step = 4 and pg_temp.h(source_id, 56) % 2 = 1 and pg_temp.h(source_id, 57) % 3 = 0));

-- The daily and monthly counts from the facts: the statements of V228 itself (from its "-- The facts already there."
-- on), read from the migration, not copied, so the two cannot drift apart. Run from the repository's root.
\set v228_fill `sed -n '/^-- The facts already there\.$/,$p' app/src/main/resources/db/migration/common/V228__reporting_daily_counts.sql`
:v228_fill
do $$ begin
  if not exists (select from reporting_flow_daily) then
    raise exception 'no daily counts: V228''s statements from "-- The facts already there." on were not found';
  end if;
end $$;

vacuum analyze reporting_flow;
vacuum analyze reporting_flow_monthly;
vacuum analyze reporting_presence_monthly;
vacuum analyze reporting_flow_daily;
vacuum analyze reporting_crossing;
vacuum analyze reporting_presence;
vacuum analyze reporting_presence_daily;
vacuum analyze reporting_traveller;
vacuum analyze reporting_abroad_stay;
vacuum analyze rep_protection_fact;
vacuum analyze rep_hotline_fact;
vacuum analyze rep_enforcement_fact;
vacuum analyze rep_enforcement_stage;
\timing off
select 'reporting_flow' as table_name, count(*) as rows from reporting_flow
union all select 'reporting_flow_daily', count(*) from reporting_flow_daily
union all select 'reporting_flow_monthly', count(*) from reporting_flow_monthly
union all select 'reporting_presence_monthly', count(*) from reporting_presence_monthly
union all select 'reporting_crossing', count(*) from reporting_crossing
union all select 'reporting_presence', count(*) from reporting_presence
union all select 'reporting_presence_daily', count(*) from reporting_presence_daily
union all select 'reporting_abroad_stay', count(*) from reporting_abroad_stay
union all select 'rep_protection_fact', count(*) from rep_protection_fact
union all select 'rep_hotline_fact', count(*) from rep_hotline_fact
union all select 'rep_enforcement_fact', count(*) from rep_enforcement_fact
union all select 'rep_enforcement_stage', count(*) from rep_enforcement_stage;
select count(distinct case_id) as protection_cases from rep_protection_fact;
