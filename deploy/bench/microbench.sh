#!/usr/bin/env bash
# JMH microbenchmarks of the CPU-heavy domain code (plan generation against a 1,000-exercise catalog, exercise search,
# plan documents as JSON, article ingestion); deploy/bench/run runs it first. Needs a prior build (./mvnw -B -ntp install -DskipTests). Extra arguments go to JMH
# (e.g. -f 2 -wi 5). Writes target/bench/jmh.json and prints JMH's table.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/bench
MODULE=deploy/microbench/target
[ -f $MODULE/classpath.txt ] || { echo "build first: ./mvnw -B -ntp install -DskipTests"; exit 1; }
java -cp "$MODULE/classes:$(cat $MODULE/classpath.txt)" org.openjdk.jmh.Main -rf json -rff target/bench/jmh.json "$@"
