#!/usr/bin/env bash
# Benchmark of exercise-service reads and import, with the catalog grown to 1,000 exercises.
# Starts its own local suite (fresh data in a temporary KINETIC_HOME), measures, writes a report,
# and stops everything. Needs wrk and hey (Debian: apt-get install wrk hey) and a prior build
# (./mvnw -B -ntp install -DskipTests).
#
# Usage: deploy/bench/exercise-catalog.sh [report.md]
# Knobs: WARMUP_SECONDS (default 90), RUN_SECONDS (default 20), CONNECTIONS (default 16).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORT=${1:-target/exercise-catalog-bench.md}
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
RUN_SECONDS=${RUN_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}
for tool in wrk hey curl java; do command -v $tool >/dev/null || { echo "needs $tool"; exit 1; }; done
mkdir -p "$(dirname "$REPORT")"

export KINETIC_HOME=$(mktemp -d)
export KINETIC_SKIP_BUILD=1
./kinetic-local > "$KINETIC_HOME/suite.out" 2>&1 &
SUITE=$!
trap 'kill -TERM $SUITE 2>/dev/null; wait $SUITE 2>/dev/null; rm -rf "$KINETIC_HOME"' EXIT
until grep -q "Kinetic is running" "$KINETIC_HOME/suite.out"; do
  kill -0 $SUITE 2>/dev/null || { cat "$KINETIC_HOME/suite.out"; exit 1; }
  sleep 1
done
BASE=http://127.0.0.1:8081
EDITOR=$(awk '$1 == "editor" {print $2}' "$KINETIC_HOME/suite.out")
SEEDED=$(curl -s "$BASE/api/v1/exercises?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
TO_IMPORT=$((1000 - SEEDED))
java deploy/bench/GenerateCatalog.java $TO_IMPORT "$KINETIC_HOME/import.json"

IMPORT_TIME=$(curl -s -o "$KINETIC_HOME/import-report.json" -w '%{time_total}' -X POST \
  -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
  --data-binary @"$KINETIC_HOME/import.json" "$BASE/api/v1/exercises/import?format=free-exercise-db")
CREATED=$(sed -E 's/.*"created":([0-9]+).*/\1/' "$KINETIC_HOME/import-report.json")
TOTAL=$(curl -s "$BASE/api/v1/exercises?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')

declare -A URLS=(
  [trivial]="$BASE/api/v1/exercises/levels"
  [by-slug]="$BASE/api/v1/exercises/glute-bridge"
  [filtered-list]="$BASE/api/v1/exercises?muscle=glutes&equipment=dumbbell&maxLevel=intermediate&size=20"
  [search]="$BASE/api/v1/exercises/search?q=hip%20thrusts"
)
ORDER=(trivial by-slug filtered-list search)

echo "Warming up for ${WARMUP_SECONDS}s..."
per=$((WARMUP_SECONDS / ${#ORDER[@]}))
for name in "${ORDER[@]}"; do wrk -t1 -c$CONNECTIONS -d${per}s "${URLS[$name]}" >/dev/null; done

peak() { wrk -t1 -c$CONNECTIONS -d${RUN_SECONDS}s --latency "$1" | awk '/Requests\/sec/ {printf "%d", $2}'; }
fixed_rate() { # url rate -> "p50 p99 max errors achieved"
  local per_worker=$(( ($2 + CONNECTIONS - 1) / CONNECTIONS ))
  hey -z ${RUN_SECONDS}s -c $CONNECTIONS -q $per_worker "$1" > "$KINETIC_HOME/hey.out"
  awk '/50% in/ {p50=$3} /99% in/ {p99=$3} /Slowest:/ {max=$2} /Requests\/sec:/ {rps=$2}
       /^\s*\[[0-9]+\]/ {split($1,a,/[\[\]]/); if (a[2] !~ /^2|^3/) err+=$2}
       END {printf "%.2f %.2f %.2f %d %d", p50*1000, p99*1000, max*1000, err, rps}' "$KINETIC_HOME/hey.out"
}

declare -A PEAK
for name in "${ORDER[@]}"; do PEAK[$name]=$(peak "${URLS[$name]}"); done
CEILING=${PEAK[trivial]}

{
  echo "# exercise-service benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "- catalog: $TOTAL exercises ($SEEDED seeded + $CREATED imported); PostgreSQL fsync on (local suite)"
  echo "- load generator on the same machine: wrk -t1 -c$CONNECTIONS (peak), hey -c$CONNECTIONS -q (fixed rate at half of peak); ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s per run"
  echo "- import of $TO_IMPORT free-exercise-db records in one request: ${IMPORT_TIME}s"
  echo
  echo "| endpoint | peak req/s | ratio to trivial | at half peak: req/s | p50 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  for name in "${ORDER[@]}"; do
    half=$(( ${PEAK[$name]} / 2 ))
    read p50 p99 max err rps <<< "$(fixed_rate "${URLS[$name]}" $half)"
    ratio=$(awk -v a=${PEAK[$name]} -v b=$CEILING 'BEGIN {printf "%.2f", a/b}')
    echo "| $name | ${PEAK[$name]} | $ratio | $rps | $p50 | $p99 | $max | $err |"
  done
  echo
  echo "Trivial = GET /api/v1/exercises/levels (a static list: the framework's ceiling for this service)."
} | tee "$REPORT"
