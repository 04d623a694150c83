#!/usr/bin/env bash
# The daily stay sweep over N active stays (default 1,000,000) on PostgreSQL, triggered as an administrator
# would (POST /api/v1/stay/sweep) and timed. Usage (repo root): bench/stay-sweep.sh [STAYS] [RUNS]
# Stays are loaded by COPY (bench/StayLoad.java) into border_crossing, border_presence and stay_registration.
# RUNS sweeps one after the other: the first finds and records the violations, later ones find them known.
# Creates database koshi_bench_border (PostgreSQL 127.0.0.1:5432, trust auth), drops it at the end.
source "$(dirname "$0")/border-env.sh"
N=${1:-1000000}
RUNS=${2:-2}
POP=$OUT/pop-border
[ -f $POP/border.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons 60000 --seed 5 --out $POP > /dev/null
fresh_db
start_app
start_analyze
t0=$(date +%s)
"$JAVA" -cp "$CP" bench/StayLoad.java $URL $POP/border.csv $N
echo "load: $(( $(date +%s) - t0 )) s"
insert_token koshi-bench-stay MVD-MIGRATION "stay:write stay:read"
for run in $(seq 1 $RUNS); do
  curl -fsS -o $OUT/sweep-$run.json -w "sweep $run: HTTP %{http_code} in %{time_total} s: " -X POST \
    -H "Authorization: Bearer koshi-bench-stay" --max-time 7200 $BASE/api/v1/stay/sweep
  cat $OUT/sweep-$run.json; echo
done
$PSQL -d $DB -At -F' ' -c "select 'violations by kind:', string_agg(kind || ' ' || c, ', ') from
  (select kind, count(*) c from stay_violation group by kind order by kind) v"
stop_app
[ "${KEEP_DB:-0}" = 1 ] || drop_db
