# Shared by the benchmark scripts: start the local suite on a temporary KINETIC_HOME, grow the
# catalog to 1,000 exercises, and measure with wrk (peak) and hey (fixed rate). Source it.
for tool in wrk hey curl java; do command -v $tool >/dev/null || { echo "needs $tool (Debian: apt-get install wrk hey)"; exit 1; }; done
[ -f deploy/bench/target/classpath.txt ] || { echo "build first: ./mvnw -B -ntp install -DskipTests"; exit 1; }
# The open-model generator (deploy/bench): requests due at a fixed rate, latency from when each was due.
LOAD=(java -cp "deploy/bench/target/classes:$(cat deploy/bench/target/classpath.txt)" dev.kinetic.bench.load.Load)
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
RUN_SECONDS=${RUN_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}
EX=http://127.0.0.1:8081
CT=http://127.0.0.1:8082
PL=http://127.0.0.1:8083
PL_MANAGEMENT=http://127.0.0.1:9003

start_suite() {
  export KINETIC_HOME=$(mktemp -d)
  export KINETIC_SKIP_BUILD=1
  ./kinetic-local > "$KINETIC_HOME/suite.out" 2>&1 &
  SUITE=$!
  trap 'kill -TERM $SUITE 2>/dev/null; wait $SUITE 2>/dev/null; rm -rf "$KINETIC_HOME"' EXIT
  until grep -q "Kinetic is running" "$KINETIC_HOME/suite.out"; do
    kill -0 $SUITE 2>/dev/null || { cat "$KINETIC_HOME/suite.out"; exit 1; }
    sleep 1
  done
  EDITOR=$(awk '$1 == "editor" {print $2}' "$KINETIC_HOME/suite.out")
  PARTNER=$(awk '$1 == "partner" {print $2}' "$KINETIC_HOME/suite.out")
}

total() { curl -s "$1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }

# Grows the catalog to 1,000 exercises with generated free-exercise-db records; sets SEEDED, TO_IMPORT, CREATED,
# CATALOG and IMPORT_TIME.
grow_catalog() {
  SEEDED=$(total "$EX/api/v1/exercises?size=1")
  TO_IMPORT=$((1000 - SEEDED))
  java deploy/bench/GenerateCatalog.java $TO_IMPORT "$KINETIC_HOME/import.json"
  IMPORT_TIME=$(curl -s -o "$KINETIC_HOME/import-report.json" -w '%{time_total}' -X POST \
    -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
    --data-binary @"$KINETIC_HOME/import.json" "$EX/api/v1/exercises/import?format=free-exercise-db")
  CREATED=$(sed -E 's/.*"created":([0-9]+).*/\1/' "$KINETIC_HOME/import-report.json")
  CATALOG=$(total "$EX/api/v1/exercises?size=1")
}

machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
}

peak() { # url [wrk args...] -> requests per second
  local url=$1; shift
  wrk -t1 -c$CONNECTIONS -d${RUN_SECONDS}s "$@" "$url" | awk '/Requests\/sec/ {printf "%d", $2}'
}

summarise() { # hey output file -> "p50 p99 max errors achieved"
  awk '/50% in/ {p50=$3} /99% in/ {p99=$3} /Slowest:/ {max=$2} /Requests\/sec:/ {rps=$2}
       /^\s*\[[0-9]+\]/ {split($1,a,/[\[\]]/); if (a[2] !~ /^2|^3/) err+=$2}
       END {printf "%.2f %.2f %.2f %d %d", p50*1000, p99*1000, max*1000, err, rps}' "$1"
}

fixed_rate() { # url rate [Load options: --method M --header 'K: V' --body-file F] -> "p50 p99 max errors achieved"
  local url=$1 rate=$2; shift 2
  "${LOAD[@]}" --name "$url" --url "$url" --rate "$rate" --seconds "$RUN_SECONDS" --json "$KINETIC_HOME/results.jsonl" "$@" \
    | awk '{print $2, $3, $4, $5, $1}'
}
