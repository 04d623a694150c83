#!/usr/bin/env bash
# The national re-link on Apache Spark in local mode (Spark runs inside this JVM, one worker thread per core).
# Usage (from the repo root): bench/relink-spark.sh --input records.csv --output DIR [--merged clusters.csv]
#   [--model model.properties] [--partitions N]
# or, against the registry (its clusters written back as a run for the registry to reconcile):
#   bench/relink-spark.sh --registry 'jdbc:postgresql://HOST:5432/koshi' [--replica 'jdbc:postgresql://REPLICA/koshi']
#   [--connections N] [--model model.properties] [--partitions N]
#   (user and password in the URL, or in KOSHI_REGISTRY_USER and KOSHI_REGISTRY_PASSWORD)
# MASTER=local[2] (default local[*]) and SPARK_MEMORY=6g (default 4g) set the threads and the heap.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JOB=relink-spark/target/relink-spark-0.1.0-SNAPSHOT.jar
# (Re)built when missing or older than the module's or the engine's sources or pom.
if [ ! -f $JOB ] || [ ! -f relink-spark/target/classpath.txt ] || [ -n "$(find relink-spark/src/main \
    relink-spark/pom.xml identity-engine/src/main -newer $JOB -print -quit)" ]; then
  ./mvnw -q -pl relink-spark -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt > /dev/null
fi
# Spark reaches into the JDK's internals; the options are kept in one place, the module's pom.
OPENS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' relink-spark/pom.xml)
exec "$JAVA" -Xmx${SPARK_MEMORY:-4g} $OPENS -Dspark.master="${MASTER:-local[*]}" \
  -cp "$JOB:$(cat relink-spark/target/classpath.txt)" kz.koshi.relink.RelinkJob "$@"
