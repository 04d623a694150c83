#!/usr/bin/env bash
# An acknowledged write survives a crash (issue 11, section 3).
# Usage (repo root): bench/crash-test.sh [h2|postgres] [SECONDS_BEFORE_KILL] [WRITERS] [ROUNDS]
# Starts app/target/koshi.jar (h2: the embedded default in a fresh temporary directory, demo tokens; postgres: the
# postgres profile on database koshi_crash, tokens inserted by SQL), lets WRITERS clients send single crossings and
# single source records without pause, noting every 201, and kill -9s the JVM while they are in flight. Then checks
# every acknowledged write in the database, restarts the platform on it (it must start and finish the outstanding
# event publications) and verifies the audit chain (GET /api/v1/audit/verification). ROUNDS repeats kill and
# restart on the same database. Prints "acknowledged N, found after restart M, lost K" per round.
# Settings: PORT (8083), JAVA, PG_PORT, DB (koshi_crash), KEEP=1 keeps the directory / database.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-h2}
KILL_AFTER=${2:-6}
WRITERS=${3:-16}
ROUNDS=${4:-1}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-8083}
PG_PORT=${PG_PORT:-5432}
DB=${DB:-koshi_crash}
BASE=http://127.0.0.1:$PORT
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres"
if curl -s -o /dev/null $BASE/actuator/health; then echo "something already answers on port $PORT: stop it first" >&2; exit 1; fi
[ -f app/target/koshi.jar ] || ./mvnw -q -o package -DskipTests
WORK=$(mktemp -d /tmp/koshi-crash.XXXXXX)
echo "working in $WORK"
JAR=${JAR:-$(pwd)/app/target/koshi.jar}   # JAR=/other/koshi.jar measures another build
(cd $WORK && mkdir app && cd app && unzip -q $JAR)
CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
NOTE_KEY=$(head -c 32 /dev/urandom | base64)
HOTLINE_KEY=$(head -c 32 /dev/urandom | base64)
APP=

if [ "$MODE" = h2 ]; then
  BORDER=koshi-demo-border; RECORDS=koshi-demo-police; AUDITOR=koshi-demo-prosecutor
  JDBC="jdbc:h2:file:$WORK/data/koshi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; JDBC_USER=koshi
else
  BORDER=koshi-crash-border; RECORDS=koshi-crash-police; AUDITOR=koshi-crash-auditor
  JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB"; JDBC_USER=postgres
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

start_app() {
  if [ "$MODE" = h2 ]; then
    (cd $WORK && exec "$JAVA" -jar $JAR --server.port=$PORT >> $WORK/app.log 2>&1) &
  else
    SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=$JDBC KOSHI_DB_USER=postgres KOSHI_PROTECTION_NOTE_KEY=$NOTE_KEY KOSHI_HOTLINE_NOTE_KEY=$HOTLINE_KEY KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} \
      "$JAVA" -jar $JAR --server.port=$PORT >> $WORK/app.log 2>&1 &
  fi
  APP=$!
  for _ in $(seq 1 180); do curl -fs $BASE/actuator/health >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the platform did not start, see $WORK/app.log" >&2; exit 1
}
trap '[ -z "$APP" ] || kill $APP 2>/dev/null || true' EXIT

token() {   # token TOKEN AGENCY "SCOPES", as an administrator would issue it (postgres has no demo tokens)
  local hash; hash=$(printf %s "$1" | sha256sum | cut -d' ' -f1)
  $PSQL -d $DB -c "insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at)
    values ('crash $1', '$2', '$hash', 'koshi-crash', '$3', 'bench', now())"
}

start_app
if [ "$MODE" = postgres ]; then
  token $BORDER KNB-BORDER "crossings:write"; token $RECORDS MVD-MIGRATION "identity:write"; token $AUDITOR GP "audit:read"
fi
warm_up() {   # the first crossing after a start loads the identity index and the card keys: not part of the count
  "$JAVA" -cp "$CP" bench/CrashLoad.java load $BASE $BORDER $RECORDS $WORK/warm-up.txt 1 "W$1" 4 > /dev/null 2>&1
}
for round in $(seq 1 $ROUNDS); do
  ACKS=$WORK/acks-$round.txt
  warm_up $round
  "$JAVA" -cp "$CP" bench/CrashLoad.java load $BASE $BORDER $RECORDS $ACKS $WRITERS "C$round" > $WORK/load-$round.txt 2>&1 &
  LOAD=$!
  sleep $KILL_AFTER
  kill -9 $APP; wait $APP 2>/dev/null || true; APP=
  wait $LOAD || true
  echo "round $round, $MODE: $(cat $WORK/load-$round.txt | tail -1); JVM killed with kill -9 after ${KILL_AFTER} s"
  "$JAVA" -cp "$CP" bench/CrashLoad.java check "$JDBC" $JDBC_USER $ACKS
  start_app
  sleep 3
  echo "after restart: audit chain $(curl -fs -H "Authorization: Bearer $AUDITOR" $BASE/api/v1/audit/verification)"
done
kill $APP; wait $APP 2>/dev/null || true; APP=
if [ "$MODE" = postgres ]; then
  echo "event publications not completed: $($PSQL -d $DB -At -c 'select count(*) from event_publication where completion_date is null')"
  [ "${KEEP:-0}" = 1 ] || $PSQL -d postgres -c "drop database if exists $DB"
else
  echo "event publications not completed: $("$JAVA" -cp "$CP" org.h2.tools.Shell -url "$JDBC" -user koshi \
      -sql 'select count(*) from event_publication where completion_date is null' | sed -n 2p)"
fi
[ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf $WORK
