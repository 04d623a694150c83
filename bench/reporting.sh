#!/usr/bin/env bash
# Reporting read model at scale (issue 17, docs/benchmarks.md "Reporting"): fills the read-model tables of a PostgreSQL
# database migrated by Koshi with 10,000,000 crossings of 1,000,000 persons over two years (reporting_flow ENTRIES and
# EXITS, reporting_crossing, reporting_presence), then times the queries FigureSource runs (Counter's SQL), each 3 times.
#   bench/reporting.sh postgresql://postgres@127.0.0.1:5432/bench_reporting [crossings] [persons]
# The database must have Koshi's schema (start Koshi once on it with the postgres profile, or run the PostgreSQL tests on it).
set -euo pipefail
DB=${1:?database url}
CROSSINGS=${2:-10000000}
PERSONS=${3:-1000000}
psql "$DB" -v ON_ERROR_STOP=1 -q <<SQL
delete from reporting_flow where figure in ('ENTRIES', 'EXITS');
truncate reporting_crossing, reporting_presence;
\timing on
-- Each person crosses CROSSINGS/PERSONS times, alternating entry and exit, at one of 25 checkpoints of 17 regions.
insert into reporting_crossing (crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex, age_group, purpose)
select g, 'B' || lpad((g % $PERSONS)::text, 9, '0'), case when (g / $PERSONS) % 2 = 0 then 'ENTRY' else 'EXIT' end,
       date '2025-01-01' + ((g / $PERSONS) * 730 / ($CROSSINGS / $PERSONS) + (g % 37))::int,
       (array['KZ-61','KZ-75','KZ-71','KZ-79','KZ-31','KZ-47','KZ-27','KZ-23','KZ-15','KZ-35','KZ-39','KZ-43','KZ-55','KZ-59','KZ-63','KZ-19','KZ-33'])[1 + g % 17],
       (array['UZB','UZB','UZB','RUS','KGZ','CHN','TJK','TUR','KAZ','KAZ','AZE','DEU','KOR'])[1 + (g % $PERSONS) % 13],
       case when (g % $PERSONS) % 5 < 3 then 'MALE' else 'FEMALE' end,
       (array['UNDER_18','FROM_18_TO_29','FROM_30_TO_44','FROM_45_TO_59','FROM_60'])[1 + (g % $PERSONS) % 5],
       (array['WORK','PRIVATE','TOURISM','BUSINESS','STUDY','TRANSIT'])[1 + (g % $PERSONS) % 6]
from generate_series(1, $CROSSINGS) g;
insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country)
select case when direction = 'ENTRY' then 'ENTRIES' else 'EXITS' end, crossing_id::text, occurred_on, region_code, citizenship,
       sex, age_group, purpose, null, null from reporting_crossing;
insert into reporting_presence (entry_crossing_id, person_number, entered_on, left_on, region_code, citizenship, sex, age_group, purpose)
select crossing_id, person_number, occurred_on, next_on, region_code, citizenship, sex, age_group, purpose from (
  select c.*, lead(occurred_on) over (partition by person_number order by occurred_on, crossing_id) next_on from reporting_crossing c) w
where direction = 'ENTRY' and citizenship <> 'KAZ';
vacuum analyze reporting_flow;
vacuum analyze reporting_crossing;
vacuum analyze reporting_presence;
select count(*) as flow_rows from reporting_flow;
select count(*) as presence_rows from reporting_presence;
SQL
run() {
  echo "== $1"
  for i in 1 2 3; do
    psql "$DB" -q -c '\timing on' -c "$2" | grep -E '^Time' || true
  done
}
run "ENTRIES, a year, by month" "select extract(year from occurred_on), extract(month from occurred_on), count(*) from reporting_flow where figure = 'ENTRIES' and occurred_on between '2025-01-01' and '2025-12-31' group by 1, 2"
run "ENTRIES, a year, by region" "select region_code, count(*) from reporting_flow where figure = 'ENTRIES' and occurred_on between '2025-01-01' and '2025-12-31' group by region_code"
run "ENTRIES, a year, by citizenship, region and sex filtered" "select citizenship, count(*) from reporting_flow where figure = 'ENTRIES' and occurred_on between '2025-01-01' and '2025-12-31' and region_code = 'KZ-61' and sex = 'MALE' group by citizenship"
run "ENTRIES, a month, total" "select count(*) from reporting_flow where figure = 'ENTRIES' and occurred_on between '2025-05-01' and '2025-05-31'"
run "FOREIGNERS_PRESENT on a day, by citizenship" "select citizenship, count(*) from reporting_presence where entered_on <= '2025-09-30' and (left_on is null or left_on > '2025-09-30') group by citizenship"
run "FOREIGNERS_PRESENT on a day, by age group, one citizenship" "select age_group, count(*) from reporting_presence where entered_on <= '2025-09-30' and (left_on is null or left_on > '2025-09-30') and citizenship = 'UZB' group by age_group"
