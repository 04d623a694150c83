#!/usr/bin/env bash
# Batch deduplication at scale: ~1,000,000 generated records (400,000 persons), -Xmx4g, end to end.
# Usage (from the repo root): bench/scale.sh [persons=400000] [seed=11]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PERSONS=${1:-400000}
SEED=${2:-11}
DIR=bench/out/generated-$PERSONS-$SEED
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
[ -f $DIR/records.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons "$PERSONS" --seed "$SEED" --out $DIR
echo "records: $(($(wc -l < $DIR/records.csv) - 1))"
/usr/bin/time -f "wall %e s, max RSS %M KiB" "$JAVA" -Xmx4g -jar app/target/koshi.jar link \
  --input $DIR/records.csv --output $DIR/clusters.csv 2>&1 | grep -v "^link: row "
"$JAVA" -jar app/target/koshi.jar evaluate --truth $DIR/truth.csv --clusters $DIR/clusters.csv
