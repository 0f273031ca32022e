#!/usr/bin/env bash
# Read and write benchmark of exercise-service and content-service, each against its own trivial
# endpoint measured in the same run. Starts its own local suite (fresh data in a temporary
# KINETIC_HOME), grows the catalog to 1,000 exercises, measures, writes a Markdown report, and
# stops everything. Needs wrk and hey (Debian: apt-get install wrk hey) and a prior build
# (./mvnw -B -ntp install -DskipTests).
#
# Usage: deploy/bench/reads.sh [report.md]
# Knobs: WARMUP_SECONDS (default 90), RUN_SECONDS (default 20), CONNECTIONS (default 16).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORT=${1:-target/bench-reads.md}
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
EX=http://127.0.0.1:8081
CT=http://127.0.0.1:8082
EDITOR=$(awk '$1 == "editor" {print $2}' "$KINETIC_HOME/suite.out")
total() { curl -s "$1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }

# Grow the catalog to 1,000 exercises with generated free-exercise-db records, timing the import.
SEEDED=$(total "$EX/api/v1/exercises?size=1")
TO_IMPORT=$((1000 - SEEDED))
java deploy/bench/GenerateCatalog.java $TO_IMPORT "$KINETIC_HOME/import.json"
IMPORT_TIME=$(curl -s -o "$KINETIC_HOME/import-report.json" -w '%{time_total}' -X POST \
  -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
  --data-binary @"$KINETIC_HOME/import.json" "$EX/api/v1/exercises/import?format=free-exercise-db")
CREATED=$(sed -E 's/.*"created":([0-9]+).*/\1/' "$KINETIC_HOME/import-report.json")
CATALOG=$(total "$EX/api/v1/exercises?size=1")

# The sample articles are published once the catalog has reached content-service.
until [ "$(total "$CT/api/v1/articles?size=1")" -ge 3 ] 2>/dev/null; do sleep 1; done
ARTICLE=weak-glutes-and-lower-back-pain-what-helps

declare -A URLS=(
  [exercise-trivial]="$EX/api/v1/exercises/levels"
  [exercise-by-slug]="$EX/api/v1/exercises/glute-bridge"
  [exercise-filtered-list]="$EX/api/v1/exercises?muscle=glutes&equipment=dumbbell&maxLevel=intermediate&size=20"
  [exercise-search]="$EX/api/v1/exercises/search?q=hip%20thrusts"
  [article-trivial]="$CT/api/v1/articles/locales"
  [article-by-slug]="$CT/api/v1/articles/$ARTICLE"
  [article-search]="$CT/api/v1/articles/search?q=glute%20bridge"
)
ORDER=(exercise-trivial exercise-by-slug exercise-filtered-list exercise-search article-trivial article-by-slug article-search)
ceiling_of() { case $1 in exercise-*) echo exercise-trivial;; *) echo article-trivial;; esac; }

echo "Warming up for ${WARMUP_SECONDS}s..."
per=$((WARMUP_SECONDS / ${#ORDER[@]}))
for name in "${ORDER[@]}"; do wrk -t1 -c$CONNECTIONS -d${per}s "${URLS[$name]}" >/dev/null; done

peak() { wrk -t1 -c$CONNECTIONS -d${RUN_SECONDS}s "$1" | awk '/Requests\/sec/ {printf "%d", $2}'; }
summarise() { # hey output file -> "p50 p99 max errors achieved"
  awk '/50% in/ {p50=$3} /99% in/ {p99=$3} /Slowest:/ {max=$2} /Requests\/sec:/ {rps=$2}
       /^\s*\[[0-9]+\]/ {split($1,a,/[\[\]]/); if (a[2] !~ /^2|^3/) err+=$2}
       END {printf "%.2f %.2f %.2f %d %d", p50*1000, p99*1000, max*1000, err, rps}' "$1"
}
fixed_rate() { # url rate
  local per_worker=$(( ($2 + CONNECTIONS - 1) / CONNECTIONS ))
  hey -z ${RUN_SECONDS}s -c $CONNECTIONS -q $per_worker "$1" > "$KINETIC_HOME/hey.out"
  summarise "$KINETIC_HOME/hey.out"
}

declare -A PEAK
for name in "${ORDER[@]}"; do PEAK[$name]=$(peak "${URLS[$name]}"); done

# Ingestion: the seed-like sample (about 3,000 characters of Markdown) ingested again and again, each a new draft.
sed -n '1,200p' content-service/src/main/resources/samples/weak-glutes-and-lower-back-pain.md > "$KINETIC_HOME/article.md"
ARTICLE_CHARS=$(wc -m < "$KINETIC_HOME/article.md")
hey -n 600 -c 4 -m POST -T text/markdown -H "Authorization: Bearer $EDITOR" -D "$KINETIC_HOME/article.md" \
  "$CT/api/v1/articles/ingest" > "$KINETIC_HOME/ingest.out"
read ING_P50 ING_P99 ING_MAX ING_ERR ING_RPS <<< "$(summarise "$KINETIC_HOME/ingest.out")"

{
  echo "# Read benchmark: exercise-service and content-service"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "- catalog: $CATALOG exercises ($SEEDED seeded + $CREATED imported); PostgreSQL fsync on (local suite)"
  echo "- load generator on the same machine: wrk -t1 -c$CONNECTIONS (peak), hey -c$CONNECTIONS -q (fixed rate at half of peak); ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s per run"
  echo "- import of $TO_IMPORT free-exercise-db records in one request: ${IMPORT_TIME}s"
  echo "- ingestion of a ${ARTICLE_CHARS}-character Markdown article over HTTP (parse, link, store a draft and its revision), 600 requests, 4 concurrent: ${ING_RPS} articles/s, p50 ${ING_P50} ms, p99 ${ING_P99} ms, errors ${ING_ERR}"
  echo
  echo "| endpoint | peak req/s | ratio to its service's trivial | at half peak: req/s | p50 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  for name in "${ORDER[@]}"; do
    half=$(( ${PEAK[$name]} / 2 ))
    read p50 p99 max err rps <<< "$(fixed_rate "${URLS[$name]}" $half)"
    ratio=$(awk -v a=${PEAK[$name]} -v b=${PEAK[$(ceiling_of $name)]} 'BEGIN {printf "%.2f", a/b}')
    echo "| $name | ${PEAK[$name]} | $ratio | $rps | $p50 | $p99 | $max | $err |"
  done
  echo
  echo "Trivial endpoints: GET /api/v1/exercises/levels and GET /api/v1/articles/locales (static lists, no database)."
} | tee "$REPORT"
