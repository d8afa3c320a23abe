#!/usr/bin/env bash
# Scale (issue 18; BENCHMARKS.md, "Scale (issue 18)"): a generated province loaded into the local stack through the
# public bulk APIs, and what the stack looks like at that scale.
#
# Starts the local stack (./run.sh --fresh, data under local-stack/target/province-stack/, on ports from
# PROVINCE_PORT_BASE, default 28080: workbench +0, the services +1..+4, Kafka +10, PostgreSQL +11, so it does not
# take ./run.sh's fixed ports), waits until the demo is published, then loads COUNT generated department-years with
# `./run.sh province` (a second process, CONCURRENCY departments at once) and waits for every scorecard. Then:
#   scale.departmentYears  department-years per second, the count and time in its unit
#   scale.rssMaxMb         the largest VmRSS of the four services after the load
#   scale.bureauListP99Ms  only when BUREAU_LIST_QUERY is set (the paged bureau list, issue 18, not on main yet):
#                          wrk from a third process, -t1 -c4 -d30s, GET /api/v1/years/2023/scorecards?$BUREAU_LIST_QUERY
#                          with a reviewer's token, after checking it answers 200
#   scale.rescoreAllSeconds only when RESCORE_URL and RESCORE_BODY are set (the background rescoring job, not on
#                          main yet): POSTs the body as the bureau's admin, expects 202 with a Location, polls it
#                          until its "state" is no longer RUNNING or QUEUED, records the seconds
#   scale.twoInstanceSpeedup only when PROVINCE_BASELINE_RATE is set: this run's department-years/s divided by that
#                          figure (a run with one scoring-service instance), for a run with PROVINCE_STACK_OPTIONS
#                          asking for two; the path measured is the whole load (REST writes, events, recomputes)
# PROVINCE_MAX_SECONDS stops the load after that long (the rest is not loaded): the figures are then those of the
# department-years scored by then, and the unit says how many. PROVINCE_STACK_OPTIONS adds ./run.sh options (e.g.
# the number of instances, once run.sh has one) so two runs can compare configurations.
#
#   local-stack/bench/province-scale.sh [COUNT [CONCURRENCY]]        default 10000 8
#
# Needs a build (./mvnw -B -o -q -pl local-stack -am package -DskipTests, and workbench/target/web: run.sh would
# otherwise build and install), and wrk for the bureau list (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=stack-processes.sh
source local-stack/bench/stack-processes.sh

count=${1:-10000}
concurrency=${2:-8}
services=(indicator-service budget-service scoring-service report-service)
base=${PROVINCE_PORT_BASE:-28080}
read -r -a extra <<<"${PROVINCE_STACK_OPTIONS:-}"
stack_options=(--data-dir "$PWD/local-stack/target/province-stack" --workbench-port "$base"
  --indicator-port $((base + 1)) --budget-port $((base + 2)) --scoring-port $((base + 3)) --report-port $((base + 4))
  --kafka-port $((base + 10)) --postgres-port $((base + 11)) "${extra[@]}")
scoring="http://127.0.0.1:$((base + 3))"
log="$PWD/local-stack/target/province-stack.log"
load_log="$PWD/local-stack/target/province-load.log"
benchmarks_classpath="$PWD/test-infra/target/classes:$(ls report-service/target/quarkus-app/lib/main/com.fasterxml.jackson.core.*.jar | tr '\n' ':')"

fail() {
  echo "province-scale.sh: FAILED: $*" >&2
  exit 1
}
for built in local-stack/target/classpath.txt workbench/target/web/index.html \
  {indicator,budget,scoring,report}-service/target/quarkus-app/quarkus-run.jar; do
  [ -f "$built" ] || fail "$built is missing: build first (see the header of this script)"
done

./run.sh --fresh "${stack_options[@]}" >"$log" 2>&1 &
stack_pid=$!
stop_stack() {
  # run.sh execs the launcher JVM: SIGTERM runs its shutdown hook, which stops every process it started.
  kill "$stack_pid" 2>/dev/null && wait "$stack_pid" 2>/dev/null || true
}
trap stop_stack EXIT
until grep -q "Press Ctrl-C to stop." "$log"; do
  kill -0 "$stack_pid" 2>/dev/null || fail "the stack stopped before the demo was published; see $log"
  sleep 2
done

record() {
  java -cp "$benchmarks_classpath" cn.perfeval.testinfra.bench.BenchmarksJson "$@"
}

echo "$(date -Is) before the load: $(uptime); commit $(git rev-parse --short HEAD)"
timeout "${PROVINCE_MAX_SECONDS:-0}" ./run.sh province --count "$count" --concurrency "$concurrency" \
  "${stack_options[@]}" 2>&1 | tee "$load_log" || true
echo "$(date -Is) after the load: $(uptime)"

# "Loaded N department-years with R requests in T s: X department-years/s" when it finished, else its last progress
# line: "province: W of N department-years written, S scored, T s, X scored/s".
if grep -q "^Loaded " "$load_log"; then
  read -r loaded seconds < <(awk '/^Loaded / {gsub(",", ""); print $2, $8}' "$load_log")
else
  read -r loaded seconds < <(awk '/^province: / {gsub(",", ""); s = $7; t = $9} END {print s, t}' "$load_log")
fi
[ "${loaded:-0}" -gt 0 ] || fail "nothing was loaded; see $load_log and $log"
rate=$(awk -v n="$loaded" -v t="$seconds" 'BEGIN {printf "%.2f", n / t}')
rss=$(resident_memory)
echo "VmRSS after the load (kB):"; echo "$rss"
rss_max_mb=$(echo "$rss" | largest_mb)
echo "$loaded of $count department-years scored in $seconds s: $rate department-years/s; largest VmRSS $rss_max_mb MB"
record scale.departmentYears "$rate" "department-years/s ($loaded of $count loaded in $seconds s)"
record scale.rssMaxMb "$rss_max_mb" "MB (largest service VmRSS after $loaded department-years)"

if [ -n "${PROVINCE_BASELINE_RATE:-}" ]; then
  record scale.twoInstanceSpeedup "$(awk -v r="$rate" -v b="$PROVINCE_BASELINE_RATE" 'BEGIN {printf "%.2f", r / b}')" \
    "ratio ($rate department-years/s with '${PROVINCE_STACK_OPTIONS:-}' / $PROVINCE_BASELINE_RATE)"
fi

token() {
  ./run.sh token --data-dir "$PWD/local-stack/target/province-stack" "$@"
}

if [ -n "${BUREAU_LIST_QUERY:-}" ]; then
  url="$scoring/api/v1/years/2023/scorecards?$BUREAU_LIST_QUERY"
  reviewer=$(token --role bureau-reviewer --subject province-bench)
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $reviewer" "$url")
  [ "$status" = 200 ] || fail "GET $url answered $status"
  wrk -t1 -c4 -d30s --latency -H "Authorization: Bearer $reviewer" "$url" | tee "$load_log.wrk"
  p99=$(awk '/^ +99%/ {v = $2; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else v = v * 1000;
    printf "%.1f", v}' "$load_log.wrk")
  record scale.bureauListP99Ms "$p99" "ms (wrk -t1 -c4, $loaded department-years loaded)"
fi

if [ -n "${RESCORE_URL:-}" ] && [ -n "${RESCORE_BODY:-}" ]; then
  admin=$(token --role admin --subject province-bench)
  started=$(date +%s.%N)
  location=$(curl -sS -o /dev/null -D - -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "$RESCORE_BODY" "$scoring$RESCORE_URL" | awk 'tolower($1) == "location:" {print $2}' | tr -d '\r')
  [ -n "$location" ] || fail "POST $RESCORE_URL gave no Location"
  case "$location" in http*) ;; *) location="$scoring$location" ;; esac
  while curl -sS -H "Authorization: Bearer $admin" "$location" | grep -Eq '"state" *: *"(RUNNING|QUEUED)"'; do
    sleep 0.5
  done
  finished=$(date +%s.%N)
  curl -sS -H "Authorization: Bearer $admin" "$location"; echo
  record scale.rescoreAllSeconds "$(awk -v a="$started" -v b="$finished" 'BEGIN {printf "%.1f", b - a}')" \
    "s ($loaded department-years loaded)"
fi
