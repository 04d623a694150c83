#!/usr/bin/env bash
# A burst of simultaneous crossings against one node (issue 11, section 3): every booth posts at the same instant.
# Usage (repo root): bench/crossing-burst.sh [h2|postgres] [BOOTHS] [BURSTS]
# h2: the embedded default in a fresh temporary directory (demo token); postgres: the postgres profile on a fresh
# database koshi_burst (token inserted by SQL). One warm-up burst first (not reported), then BURSTS bursts of BOOTHS
# crossings of new travellers; prints latency p50/p95/p99/max and the answers that were not 201 for each.
# Settings: PORT (8083), JAVA, PG_PORT, DB (koshi_burst), APP_ARGS (extra platform arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-h2}
BOOTHS=${2:-200}
BURSTS=${3:-3}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-8083}
PG_PORT=${PG_PORT:-5432}
DB=${DB:-koshi_burst}
BASE=http://127.0.0.1:$PORT
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres"
if curl -s -o /dev/null $BASE/actuator/health; then echo "something already answers on port $PORT: stop it first" >&2; exit 1; fi
[ -f app/target/koshi.jar ] || ./mvnw -q -o package -DskipTests
JAR=${JAR:-$(pwd)/app/target/koshi.jar}
WORK=$(mktemp -d /tmp/koshi-burst.XXXXXX)
(cd $WORK && mkdir app && cd app && unzip -q $JAR)
CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
if [ "$MODE" = h2 ]; then
  TOKEN=koshi-demo-border
  (cd $WORK && exec "$JAVA" -jar $JAR --server.port=$PORT ${APP_ARGS:-} > $WORK/app.log 2>&1) &
else
  TOKEN=koshi-burst-border
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB KOSHI_DB_USER=postgres \
  KOSHI_PROTECTION_NOTE_KEY=$(head -c 32 /dev/urandom | base64) KOSHI_HOTLINE_NOTE_KEY=$(head -c 32 /dev/urandom | base64) \
  KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} "$JAVA" -jar $JAR --server.port=$PORT ${APP_ARGS:-} > $WORK/app.log 2>&1 &
fi
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs $BASE/actuator/health >/dev/null 2>&1 && break; sleep 1; done
if [ "$MODE" = postgres ]; then
  hash=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
  $PSQL -d $DB -c "insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at)
    values ('burst', 'KNB-BORDER', '$hash', 'koshi-burst', 'crossings:write', 'bench', now())"
fi
"$JAVA" -cp "$CP" bench/CrossingBurst.java $BASE $TOKEN $BOOTHS W > /dev/null
for b in $(seq 1 $BURSTS); do
  echo "$MODE: $("$JAVA" -cp "$CP" bench/CrossingBurst.java $BASE $TOKEN $BOOTHS B$b)"
done
kill $APP; wait $APP 2>/dev/null || true
[ "$MODE" = postgres ] && $PSQL -d postgres -c "drop database if exists $DB"
rm -rf $WORK
