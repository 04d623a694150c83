# Shared by bench/border-ingest.sh, bench/card-verify.sh and bench/stay-sweep.sh (sourced, not run):
# a fresh PostgreSQL database, the app's classes for single-file Java programs, the platform started on the
# database (postgres profile) and a bench API token inserted by SQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DB=${DB:-koshi_bench_border}
PORT=${PORT:-18081}
OUT=bench/out/border
PG_PORT=${PG_PORT:-5432}
URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB
BASE=http://127.0.0.1:$PORT
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres"
mkdir -p $OUT
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
if [ ! -d $OUT/app/BOOT-INF ] || [ app/target/koshi.jar -nt $OUT/app/BOOT-INF ]; then
  rm -rf $OUT/app && mkdir -p $OUT/app && (cd $OUT/app && unzip -q ../../../../app/target/koshi.jar)
fi
CP="$OUT/app/BOOT-INF/classes:$OUT/app/BOOT-INF/lib/*"

fresh_db() {
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
}

start_app() {   # migrates a fresh database on first start
  SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=$URL KOSHI_DB_USER=postgres \
  KOSHI_PROTECTION_NOTE_KEY=${KOSHI_PROTECTION_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_HOTLINE_NOTE_KEY=${KOSHI_HOTLINE_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} \
    "$JAVA" ${APP_JAVA_OPTS:-} -jar app/target/koshi.jar --server.port=$PORT > $OUT/app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do curl -fs $BASE/actuator/health >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the platform did not start, see $OUT/app.log" >&2; exit 1
}

# This PostgreSQL runs with autovacuum=off (`show autovacuum`), so tables that grow from empty during a run
# are never re-analysed and the server keeps the seq-scan plans it prepared for them while they were empty
# (O(n^2) as they grow). The benches run ANALYZE meanwhile, as autovacuum's autoanalyze would on a production
# server: every 10 s in the first minute (the tables grow from empty), then every 60 s (autovacuum's naptime).
# It is skipped when autovacuum is on.
start_analyze() {
  if [ "$($PSQL -d $DB -At -c 'show autovacuum')" = off ]; then
    ( i=0; while sleep $([ $i -lt 6 ] && echo 10 || echo 60); do i=$((i + 1)); $PSQL -d $DB -c "analyze" 2>/dev/null || true; done ) &
    ANALYZER=$!
    trap 'kill $APP $ANALYZER 2>/dev/null || true' EXIT
  fi
}

stop_app() {
  [ -z "${ANALYZER:-}" ] || kill $ANALYZER 2>/dev/null || true
  kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
}

insert_token() {   # insert_token TOKEN AGENCY "SCOPES": a bearer token as an administrator would issue it
  local hash; hash=$(printf %s "$1" | sha256sum | cut -d' ' -f1)
  $PSQL -d $DB -c "insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at)
    values ('bench $2', '$2', '$hash', 'koshi-bench', '$3', 'bench', now())"
}

drop_db() {
  $PSQL -d postgres -c "drop database if exists $DB"
}
