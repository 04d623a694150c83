#!/usr/bin/env bash
# Crossings ingest through the real HTTP API on PostgreSQL: batch throughput and single-crossing latency.
# Usage (repo root): bench/border-ingest.sh [MEASURED] [BATCH] [SENDERS] [SINGLES]
# Settings: WARMUP crossings first, not counted (90,000: about a minute of load, until the JIT compiler has
# settled); PERSONS in the generated population (150,000); PG_PORT; KEEP_DB=1 keeps the database.
# Creates database koshi_bench_border (PostgreSQL 127.0.0.1:5432, trust auth), drops it at the end.
source "$(dirname "$0")/border-env.sh"
MEASURED=${1:-30000}
BATCH=${2:-1000}
SENDERS=${3:-2}
SINGLES=${4:-2000}
WARMUP=${WARMUP:-90000}
PERSONS=${PERSONS:-150000}
POP=$OUT/pop-border-$PERSONS
[ -f $POP/border.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons $PERSONS --seed 5 --out $POP > /dev/null
fresh_db
start_app
start_analyze
insert_token koshi-bench-border KNB-BORDER "crossings:write cards:read"
"$JAVA" -Dkoshi.app.pid=$APP -cp "$CP" bench/BorderIngest.java $BASE koshi-bench-border $POP/border.csv $WARMUP $MEASURED $BATCH $SENDERS $SINGLES
$PSQL -d $DB -At -F' ' -c "select 'stored: crossings', (select count(*) from border_crossing), 'persons', (select count(*) from identity_person),
  'source records', (select count(*) from identity_source_record), 'cards', (select count(*) from border_card),
  'alerts', (select count(*) from border_alert), 'audit entries', (select count(*) from audit_entry)" || true
stop_app
[ "${KEEP_DB:-0}" = 1 ] || drop_db
