#!/usr/bin/env bash
# Person search on a registry of N persons (default 1,000,000) in PostgreSQL, through the real HTTP API.
# Usage (repo root): bench/registry-search.sh [PERSONS] [QUERIES]
# Needs the local PostgreSQL (127.0.0.1:5432, trust auth); creates and drops database koshi_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
Q=${2:-3000}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT=bench/out/registry
PORT=18080
mkdir -p $OUT
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
[ -f $OUT/pop-$N/records.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons "$N" --out $OUT/pop-$N > /dev/null
rm -rf $OUT/app && mkdir -p $OUT/app && (cd $OUT/app && unzip -q ../../../../app/target/koshi.jar)
CP="$OUT/app/BOOT-INF/classes:$OUT/app/BOOT-INF/lib/*"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists koshi_bench" -c "create database koshi_bench"
URL=jdbc:postgresql://127.0.0.1:5432/koshi_bench
t0=$(date +%s)
"$JAVA" -Xmx6g -cp "$CP" bench/RegistryLoad.java $URL $OUT/pop-$N/records.csv $OUT/pop-$N/truth.csv $OUT/pop-$N/record-person.tsv
echo "load: $(( $(date +%s) - t0 )) s"
SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=$URL KOSHI_DB_USER=postgres KOSHI_PROTECTION_NOTE_KEY=${KOSHI_PROTECTION_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_HOTLINE_NOTE_KEY=${KOSHI_HOTLINE_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
  KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} \
  "$JAVA" -jar app/target/koshi.jar --server.port=$PORT > $OUT/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -fs http://127.0.0.1:$PORT/actuator/health >/dev/null 2>&1 && break; sleep 1; done
"$JAVA" -cp "$CP" bench/SearchLatency.java http://127.0.0.1:$PORT $OUT/pop-$N/records.csv $OUT/pop-$N/record-person.tsv 200 > /dev/null
"$JAVA" -cp "$CP" bench/SearchLatency.java http://127.0.0.1:$PORT $OUT/pop-$N/records.csv $OUT/pop-$N/record-person.tsv "$Q"
