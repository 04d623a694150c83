#!/usr/bin/env bash
# The long fuzz and authorisation run (issue #11, section 5) against the platform as shipped: the jar in embedded
# demo mode (demo tokens and accounts) on a fresh H2 database in a temporary directory, 127.0.0.1 only.
# Usage (repo root): bench/fuzz.sh [CASES_PER_OPERATION] [ROUNDS]
# Every operation of /v3/api-docs gets up to CASES_PER_OPERATION fuzz cases per round (a new random pick each
# round), with a demo token that may call it; every POST form the demo officers reach gets up to that many; then
# the authorisation matrix (every operation x no token, an unknown token and the 10 demo tokens) is checked against
# src/test/resources/authorisation-matrix.csv. Prints requests tried, 5xx, refusals by status, faults, mismatches,
# and the platform's log lines per request. Bounded: at most 30 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-8085}
CASES=${1:-60}
ROUNDS=${2:-3}
BASE=http://127.0.0.1:$PORT
OUT=bench/out/fuzz
mkdir -p $OUT
[ -f app/target/koshi.jar ] || ./mvnw -q -o package -DskipTests
[ -d app/target/test-classes/kz/koshi/fuzz ] || ./mvnw -q -o -pl app -am test-compile
rm -rf $OUT/app $OUT/run && mkdir -p $OUT/app $OUT/run
(cd $OUT/app && unzip -q ../../../../app/target/koshi.jar)
(cd $OUT/run && exec "$JAVA" -jar ../../../../app/target/koshi.jar --server.port=$PORT --server.address=127.0.0.1 > ../app.log 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs $BASE/actuator/health >/dev/null 2>&1 && break; sleep 1; done
curl -fs $BASE/actuator/health >/dev/null || { echo "the platform did not start, see $OUT/app.log" >&2; exit 1; }
sleep 5 # the demo population is loaded right after start
BEFORE=$(wc -l < $OUT/app.log)
set +e
timeout 1800 "$JAVA" -cp "app/target/test-classes:$OUT/app/BOOT-INF/lib/*" kz.koshi.fuzz.FuzzMain $BASE $CASES $ROUNDS \
  src/test/resources/authorisation-matrix.csv | tee $OUT/result.txt
STATUS=${PIPESTATUS[0]}
set -e
echo "platform log lines during the run: $(( $(wc -l < $OUT/app.log) - BEFORE )), of them stack-trace lines: $(tail -n +$BEFORE $OUT/app.log | grep -c '^[[:space:]]at ' || true)"
kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
exit $STATUS
