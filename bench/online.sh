#!/usr/bin/env bash
# Online resolution benchmark against a generated registry of ~1,000,000 records.
# Usage (from the repo root): bench/online.sh [persons=400000] [seed=11]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PERSONS=${1:-400000}
SEED=${2:-11}
DIR=bench/out/generated-$PERSONS-$SEED
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
[ -f $DIR/records.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons "$PERSONS" --seed "$SEED" --out $DIR
[ -f identity-engine/target/bench-classpath.txt ] || ./mvnw -q -o -pl identity-engine dependency:build-classpath -Dmdep.outputFile=$PWD/identity-engine/target/bench-classpath.txt
ICU=$(tr ':' '\n' < identity-engine/target/bench-classpath.txt | grep icu4j | head -1)
"$JAVA" -Xmx4g -cp "identity-engine/target/classes:$ICU" bench/OnlineResolutionBenchmark.java $DIR
