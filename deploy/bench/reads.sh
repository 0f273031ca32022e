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
source deploy/bench/lib.sh
mkdir -p "$(dirname "$REPORT")"
start_suite
grow_catalog

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
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(machine)"
  echo "- catalog: $CATALOG exercises ($SEEDED seeded + $CREATED imported); PostgreSQL fsync on (local suite)"
  echo "- load generator on the same machine: wrk -t1 -c$CONNECTIONS (peak), deploy/bench open-model generator at half of peak (fixed arrival rate, latency from the due time); ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s per run"
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
