#!/usr/bin/env bash
# Reporting at scale (issue 17, docs/benchmarks.md "Reporting"), one command:
#   bench/reporting.sh
# makes a fresh PostgreSQL database (DB, default bench_reporting), starts Koshi on it with the postgres profile (which
# migrates it) on PORT (default 8091), fills the read model with bench/reporting-data.sql (CROSSINGS 10,000,000 of
# PERSONS 1,000,000, CASES 50,000 protection cases and the other panels' facts), then times through the HTTP API,
# 5 times each (median and max, seconds): every panel (GET /api/v1/reports/panels/{P}) with the default filter (this
# year) and drill-down filters, then the annual report (PDF and XLSX, ru). The load average is printed with each line.
# KEEP=1 reuses the database as it is (no new data), e.g. to time again; BASE=http://host:port times a Koshi already
# running on the database (not started or stopped here). JAVA picks the JVM; the jar is built when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DB=${DB:-bench_reporting}
PORT=${PORT:-8091}
CROSSINGS=${CROSSINGS:-10000000}
PERSONS=${PERSONS:-1000000}
CASES=${CASES:-50000}
RUNS=${RUNS:-5}
OUT=bench/out/reporting
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"
TOKEN=koshi-bench-reporting
mkdir -p $OUT

load() { cut -d' ' -f1-3 /proc/loadavg; }

start_app() {
  [ -f app/target/koshi.jar ] || ./mvnw -q -pl app -am package -DskipTests
  SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KOSHI_DB_USER=postgres \
  KOSHI_PROTECTION_NOTE_KEY=$(head -c 32 /dev/urandom | base64) KOSHI_HOTLINE_NOTE_KEY=$(head -c 32 /dev/urandom | base64) \
  KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} KOSHI_COOKIE_SECURE=false "$JAVA" ${APP_JAVA_OPTS:-} -jar app/target/koshi.jar --server.port=$PORT > $OUT/app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do curl -fs $BASE/actuator/health >/dev/null 2>&1 && return 0; sleep 1; done
  echo "Koshi did not start, see $OUT/app.log" >&2; exit 1
}

# seconds of one call; fails on any status but 200
timed() {
  local out; out=$(curl -s -o $OUT/body -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$1")
  [ "${out%% *}" = 200 ] || { echo "$1 answered ${out%% *}: $(head -c 300 $OUT/body)" >&2; exit 1; }
  echo "${out#* }"
}

# label, path: RUNS calls, median and max
measure() {
  local times=() t
  for _ in $(seq 1 "$RUNS"); do times+=("$(timed "$2")"); done
  t=$(printf '%s\n' "${times[@]}" | sort -g)
  printf '| %-58s | %6.3f | %6.3f | %s | %s |\n' "$1" "$(echo "$t" | sed -n "$(( (RUNS + 1) / 2 ))p")" "$(echo "$t" | tail -1)" \
    "$(load)" "$(wc -c < $OUT/body) B"
}

if [ -z "${BASE:-}" ]; then
  BASE=http://127.0.0.1:$PORT
  if [ "${KEEP:-0}" != 1 ]; then
    $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  fi
  start_app
else
  echo "timing the Koshi at $BASE (database $DB)"
fi
if [ "${KEEP:-0}" != 1 ]; then
  echo "== filling the read model: $CROSSINGS crossings of $PERSONS persons, $CASES protection cases (load $(load))"
  start=$(date +%s)
  $PSQL -d $DB -v crossings=$CROSSINGS -v persons=$PERSONS -v cases=$CASES -f bench/reporting-data.sql
  echo "filled in $(( $(date +%s) - start )) s"
fi
HASH=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
$PSQL -d $DB -c "delete from api_token where token_hash = '$HASH'" -c "insert into api_token (name, agency_code, token_hash, token_hint,
  scopes, created_by, created_at) select 'bench reporting', code, '$HASH', 'koshi-bench', 'reporting:read', 'bench', now()
  from agency where type = 'COMMISSION_SECRETARIAT' order by code fetch first 1 rows only"

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average now $(load); $RUNS calls each, seconds"
echo "| call | median | max | load average (1, 5, 15 min) | answer |"
echo "|---|---|---|---|---|"
for panel in MIGRATION PROTECTION RECRUITMENT KANDAS ENFORCEMENT; do
  timed "/api/v1/reports/panels/$panel" > /dev/null   # a first call warms the JVM and the database's cache
  measure "$panel, this year" "/api/v1/reports/panels/$panel"
  measure "$panel, 2025" "/api/v1/reports/panels/$panel?from=2025-01-01&to=2025-12-31"
  measure "$panel, this year, region KZ-75" "/api/v1/reports/panels/$panel?region=KZ-75"
  case $panel in
    MIGRATION|PROTECTION)
      measure "$panel, this year, citizenship UZB" "/api/v1/reports/panels/$panel?citizenship=UZB"
      measure "$panel, this year, KZ-61, UZB, MALE, FROM_18_TO_29" \
        "/api/v1/reports/panels/$panel?region=KZ-61&citizenship=UZB&sex=MALE&ageGroup=FROM_18_TO_29";;
  esac
done
for by in MONTH REGION CITIZENSHIP PURPOSE; do
  measure "ENTRIES by $by, 2025" "/api/v1/reports/figures/ENTRIES?by=$by&from=2025-01-01&to=2025-12-31"
done
measure "FOREIGNERS_PRESENT by CITIZENSHIP, this year" "/api/v1/reports/figures/FOREIGNERS_PRESENT?by=CITIZENSHIP"
measure "FOREIGNERS_PRESENT by AGE_GROUP, UZB, 2025-09-30" \
  "/api/v1/reports/figures/FOREIGNERS_PRESENT?by=AGE_GROUP&citizenship=UZB&from=2025-01-01&to=2025-09-30"
measure "VICTIMS_SERVED by CENTRE, 2025" "/api/v1/reports/figures/VICTIMS_SERVED?by=CENTRE&from=2025-01-01&to=2025-12-31"
measure "annual report, this year, PDF, ru" "/api/v1/reports/annual?format=pdf&lang=ru"
measure "annual report, this year, XLSX, ru" "/api/v1/reports/annual?format=xlsx&lang=ru"
measure "annual report, 2025, PDF, ru" "/api/v1/reports/annual?format=pdf&lang=ru&from=2025-01-01&to=2025-12-31"
measure "annual report, 2025, XLSX, ru" "/api/v1/reports/annual?format=xlsx&lang=ru&from=2025-01-01&to=2025-12-31"
echo "== done, load average $(load)"
