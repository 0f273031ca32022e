#!/usr/bin/env bash
# plan-service benchmark: POST /api/v1/plans end to end (validation, screening, generation against a
# 1,000-exercise catalog, persistence, outbox) at its peak and at fixed rates (300 and 1,000 plans/s), plan reads,
# the framework ceiling (a trivial GET of the same service) in the same run, and how long a catalog
# change takes to reach plan-service. Starts its own local suite and stops it. Needs wrk and hey and a
# prior build (./mvnw -B -ntp install -DskipTests).
#
# Usage: deploy/bench/plans.sh [report.md]
# Knobs: WARMUP_SECONDS (default 90), RUN_SECONDS (default 20), CONNECTIONS (default 16), RATES (fixed POST rates, default "300 1000"),
#        CHANGES (catalog changes timed, default 200).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORT=${1:-target/bench-plans.md}
RATES=${RATES:-300 1000}
CHANGES=${CHANGES:-200}
source deploy/bench/lib.sh
mkdir -p "$(dirname "$REPORT")"
start_suite
grow_catalog
until curl -s "$PL_MANAGEMENT/q/health/ready" | grep -Eq "\"catalogExercises\" ?: ?$CATALOG\b"; do sleep 1; done

cat > "$KINETIC_HOME/plan.json" <<'JSON'
{"goals":["glute-strength","low-back-pain-relief"],"level":"beginner","equipment":["mini-band"],
 "daysPerWeek":3,"minutesPerSession":30,"weeks":4,"conditions":["low-back-pain","anterior-pelvic-tilt"],
 "currentPain":3,"age":34,"screening":{"saddleNumbness":false,"newBladderProblems":false,"bowelIncontinence":false,
 "progressiveLegWeakness":false,"recentTrauma":"none","osteoporosis":false,"historyOfCancer":false,"feverOrChills":false,
 "unexplainedWeightLoss":false,"recentBacterialInfection":false,"intravenousDrugUse":false,"immunosuppression":false,
 "painWorseLyingDownOrAtNight":false,"newEpisode":false},"timeZone":"Europe/Berlin","locale":"en"}
JSON
POST_ARGS=(-m POST -T application/json -H "Authorization: Bearer $PARTNER" -D "$KINETIC_HOME/plan.json")
PLAN_BYTES=$(curl -s -X POST -H "Authorization: Bearer $PARTNER" -H 'Content-Type: application/json' \
  --data-binary @"$KINETIC_HOME/plan.json" -o "$KINETIC_HOME/plan-response.json" -w '%{size_download}' "$PL/api/v1/plans")
PLAN_ID=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' "$KINETIC_HOME/plan-response.json")
TRIVIAL="$PL/api/v1/plans/goals"
BY_ID="$PL/api/v1/plans/$PLAN_ID"

echo "Warming up for ${WARMUP_SECONDS}s..."
hey -z $((WARMUP_SECONDS / 2))s -c $CONNECTIONS "${POST_ARGS[@]}" "$PL/api/v1/plans" > /dev/null
wrk -t1 -c$CONNECTIONS -d$((WARMUP_SECONDS / 4))s "$TRIVIAL" > /dev/null
wrk -t1 -c$CONNECTIONS -d$((WARMUP_SECONDS / 4))s -H "Authorization: Bearer $PARTNER" "$BY_ID" > /dev/null

TRIVIAL_PEAK=$(peak "$TRIVIAL")
READ_PEAK=$(peak "$BY_ID" -H "Authorization: Bearer $PARTNER")
# Reads first: an overloaded POST run leaves a backlog (outbox, GC) that would spoil them.
read RP50 RP99 RMAX RERR RRPS <<< "$(fixed_rate "$BY_ID" $((READ_PEAK / 2)) --header "Authorization: Bearer $PARTNER")"
hey -z ${RUN_SECONDS}s -c $CONNECTIONS "${POST_ARGS[@]}" "$PL/api/v1/plans" > "$KINETIC_HOME/post-peak.out"
read PP50 PP99 PMAX PERR POST_PEAK <<< "$(summarise "$KINETIC_HOME/post-peak.out")"
POST_ROWS=()
for rate in $RATES; do
  sleep 10 # let the previous run's backlog drain
  read FP50 FP99 FMAX FERR FRPS <<< "$(fixed_rate "$PL/api/v1/plans" $rate --method POST --header "Content-Type: application/json" \
    --header "Authorization: Bearer $PARTNER" --body-file "$KINETIC_HOME/plan.json")"
  POST_ROWS+=("| POST /api/v1/plans | $rate | $FRPS | $FP50 | $FP99 | $FMAX | $FERR | |")
done
RSS_MB=$(ps -o rss= -p "$(pgrep -f 'plan-service.*quarkus-run.jar' | head -1)" | awk '{printf "%d", $1/1024}')
read CP50 CP99 CMAX <<< "$(java deploy/bench/CatalogPropagation.java "$EX" "$PL_MANAGEMENT" "$EDITOR" $CHANGES)"
PLANS=$(curl -s -H "Authorization: Bearer $PARTNER" "$PL/api/v1/plans?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')

{
  echo "# plan-service benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(machine)"
  echo "- catalog: $CATALOG exercises; request: the seed's case (2 goals, 2 conditions, screening), 4 weeks x 3 sessions; response ${PLAN_BYTES} bytes"
  echo "- load generator on the same machine: wrk -t1 -c$CONNECTIONS (peak GETs), hey -c$CONNECTIONS (POST peak), deploy/bench open-model generator (fixed arrival rate, latency from the due time, 5 s unrecorded warm-up, 64 connections, over 512 in flight counted as errors); ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s per run; $PLANS plans stored by the end"
  echo
  echo "| scenario | target rate | achieved /s | p50 ms | p99 ms | max ms | errors | ratio to trivial GET |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| trivial GET /api/v1/plans/goals (ceiling) | peak | $TRIVIAL_PEAK | | | | | 1.00 |"
  echo "| POST /api/v1/plans | peak | $POST_PEAK | $PP50 | $PP99 | $PMAX | $PERR | $(awk -v a=$POST_PEAK -v b=$TRIVIAL_PEAK 'BEGIN {printf "%.2f", a/b}') |"
  printf '%s\n' "${POST_ROWS[@]}"
  echo "| GET /api/v1/plans/{id} | peak | $READ_PEAK | | | | | $(awk -v a=$READ_PEAK -v b=$TRIVIAL_PEAK 'BEGIN {printf "%.2f", a/b}') |"
  echo "| GET /api/v1/plans/{id} | $((READ_PEAK / 2)) | $RRPS | $RP50 | $RP99 | $RMAX | $RERR | |"
  echo
  echo "- catalog change visible in plan-service ($CHANGES new exercises, from exercise-service's 201 to plan-service's catalog version): p50 ${CP50} ms, p99 ${CP99} ms, max ${CMAX} ms"
  echo "- plan-service resident memory after the load: ${RSS_MB} MB"
} | tee "$REPORT"
