#!/usr/bin/env bash
# Border posts publishing crossings to Kafka, Koshi consuming them into PostgreSQL (issue 18): end-to-end rate
# (published to stored) and consumer lag. An embedded KRaft broker (spring-kafka-test, no install) unless
# BOOTSTRAP=host:port names a real broker. Koshi runs in the simulator's JVM (postgres profile) from app/target/classes.
# Usage (repo root): bench/checkpoint-simulator.sh [POSTS] [CROSSINGS] [WARMUP] [PARTITIONS]
# Creates database koshi_bench_kafka (PostgreSQL 127.0.0.1:5432, trust auth), drops it at the end (KEEP_DB=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DB=${DB:-koshi_bench_kafka}
PG_PORT=${PG_PORT:-5432}
URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres"
POSTS=${1:-12}
CROSSINGS=${2:-30000}
WARMUP=${3:-20000}
PARTITIONS=${4:-6}
OUT=bench/out/kafka
mkdir -p $OUT
./mvnw -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$PWD/$OUT/classpath.txt
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SPRING_PROFILES_ACTIVE=postgres KOSHI_DB_URL=$URL KOSHI_DB_USER=postgres \
KOSHI_PROTECTION_NOTE_KEY=${KOSHI_PROTECTION_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
KOSHI_HOTLINE_NOTE_KEY=${KOSHI_HOTLINE_NOTE_KEY:-$(head -c 32 /dev/urandom | base64)} \
KOSHI_CARD_SEAL_KEY=${KOSHI_CARD_SEAL_KEY:-$(printf koshi-bench-card-seal-key-32byte | base64)} \
  "$JAVA" ${APP_JAVA_OPTS:-} ${BOOTSTRAP:+-Dbootstrap=$BOOTSTRAP} -Dport=${PORT:-18097} -Dconsumers=${CONSUMERS:-1} \
  -cp "app/target/classes:$(cat $OUT/classpath.txt)" bench/CheckpointSimulator.java $POSTS $CROSSINGS $WARMUP $PARTITIONS 2>&1 \
  | tee $OUT/run.log | grep -E "^(broker|warm-up|MEASURED|stored)"
[ "${KEEP_DB:-0}" = 1 ] || $PSQL -d postgres -c "drop database if exists $DB"
