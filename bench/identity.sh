#!/usr/bin/env bash
# Identity-resolution benchmarks: converts the public datasets, runs link + evaluate on each, prints
# pairwise precision/recall/F1 and times. Usage (from the repo root): bench/identity.sh [dataset...]
# Thresholds and all settings are the shipped defaults for every dataset (nothing tuned per dataset).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DATA=${DATA:-../shared/data}
OUT=bench/out
[ -f app/target/koshi.jar ] || ./mvnw -q package -DskipTests
[ -f $OUT/febrl4/records.csv ] || "$JAVA" bench/ConvertDatasets.java "$DATA" "$OUT"
# Kazakhstan-style cross-script population (seed 3 is used for reporting only; seed 7 served to choose thresholds).
[ -f $OUT/generated20k/records.csv ] || "$JAVA" -jar app/target/koshi.jar generate --persons 20000 --seed 3 \
  --out $OUT/generated20k > /dev/null
SETS=${*:-febrl1 febrl2 febrl3 febrl4 febrl3_noid febrl4_noid febrl3_names_dob febrl4_names_dob rldata10000 historical50k generated20k}
printf '%-18s %9s %9s %9s %8s %s\n' dataset precision recall F1 wall_s "(link phases from stderr)"
for d in $SETS; do
  start=$(date +%s.%N)
  "$JAVA" -jar app/target/koshi.jar link --input $OUT/$d/records.csv --output $OUT/$d/clusters.csv 2> $OUT/$d/link.log
  end=$(date +%s.%N)
  hard=(); [ -f $OUT/$d/persons.csv ] && hard=(--hard-negatives $OUT/$d/persons.csv)
  "$JAVA" -jar app/target/koshi.jar evaluate --truth $OUT/$d/truth.csv --clusters $OUT/$d/clusters.csv "${hard[@]}" \
    > $OUT/$d/evaluate.txt
  line=$(tail -1 $OUT/$d/evaluate.txt)
  read -r _ p _ r _ f <<< "$line"
  printf '%-18s %9s %9s %9s %8.2f %s\n' "$d" "$p" "$r" "$f" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'read .*' $OUT/$d/link.log)"
done
# Precision on the generator's own hard negatives (twins, father and son, namesakes, spouses), per kind.
for d in $SETS; do grep -h "^hard negatives" $OUT/$d/evaluate.txt 2>/dev/null | sed "s/^/$d: /" || true; done
