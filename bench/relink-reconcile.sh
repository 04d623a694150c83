#!/usr/bin/env bash
# Reconciling a national re-link run of 2 x PERSONS source records (default 1,000,000 persons) on PostgreSQL, through
# the real HTTP API (issue 18). Usage (repo root): bench/relink-reconcile.sh [PERSONS]
# Needs the local PostgreSQL (127.0.0.1:5432, trust auth); creates and drops database koshi_bench_relink.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT=bench/out/relink-reconcile
PORT=${PORT:-18093}
mkdir -p $OUT
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists koshi_bench_relink" -c "create database koshi_bench_relink"
URL=jdbc:postgresql://127.0.0.1:5432/koshi_bench_relink
SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=$URL KOSHI_DB_USER=postgres KOSHI_PROTECTION_NOTE_KEY=${KOSHI_PROTECTION_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_HOTLINE_NOTE_KEY=${KOSHI_HOTLINE_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} \
  "$JAVA" -Xmx${HEAP:-3g} -jar app/target/koshi.jar --server.port=$PORT > $OUT/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
for _ in $(seq 1 180); do curl -fs http://127.0.0.1:$PORT/actuator/health >/dev/null 2>&1 && break; kill -0 $APP 2>/dev/null || { tail -20 $OUT/app.log; exit 1; }; sleep 1; done
t0=$(date +%s)
psql -q -h 127.0.0.1 -U postgres -d koshi_bench_relink -v persons=$N -f bench/relink-reconcile.sql
echo "generated $((2 * N)) records and the run: $(( $(date +%s) - t0 )) s"
t0=$(date +%s.%N)
curl -fsS -X POST -H "Authorization: Bearer koshi-bench-relink" http://127.0.0.1:$PORT/api/v1/identity/relink-runs/1/reconcile > $OUT/run.json
t1=$(date +%s.%N)
echo "reconciled in $(echo "$t1 - $t0" | bc) s (index load included): $(cat $OUT/run.json)"
psql -q -h 127.0.0.1 -U postgres -d koshi_bench_relink -At -c "select 'merge pairs ' || count(*) from identity_review where relink_run = 1" \
  -c "select 'split proposals ' || count(*) || ', records leaving ' || (select count(*) from identity_split_record) from identity_split_proposal where run_id = 1"
grep -E "Identity index loaded" $OUT/app.log || true
