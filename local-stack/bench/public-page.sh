#!/usr/bin/env bash
# The public report page under load, its floor, and the services' resident memory (BENCHMARKS.md, "report-service:
# the public report page at 1,000 concurrent connections" and "Memory").
#
# Starts the local stack (./run.sh, fresh data under local-stack/target/), waits until the GZHPF 2023 demo report is
# published and checks the page is that report (HTTP 200, the latest published version's number, the demo's score
# 95.54); reads VmRSS of the four service processes; loads GET /reports/GZHPF/2023 (HTML) from wrk, a second process
# on loopback; checks the page again and reads VmRSS again; then runs the floor: a bare Vert.x server
# (local-stack/src/test/java/.../bench/BarePageServer.java, on the service's own Vert.x jars, with the JVM flags the
# service runs with, read from its command line) answering the same bytes and headers from memory, loaded by the
# same wrk command. Holds /tmp/local-stack.lock while the stack runs (its ports are fixed, so only one stack can run
# on this machine at a time).
#
#   local-stack/bench/public-page.sh [wrk options]     default: -t2 -c1000 -d30s --timeout 10s
#   PAGE_JFR=/tmp/page.jfr local-stack/bench/public-page.sh     also records a JFR profile of report-service under wrk
#
# (wrk counts a request slower than its timeout as an error instead of a latency; 10 s keeps the tail measured.)
# Records page.p99Ms, page.ratioToBare (service requests/s ÷ bare requests/s) and rss.maxMb (the largest VmRSS of
# the four services, after the demo or after wrk) in benchmarks.json, then exits 3 when a goal of issue 17 is missed
# (p99 < 200 ms, no wrk error or non-2xx answer, ratio ≥ 0.5, every service ≤ 256 MB) and 1 when the page is wrong.
#
# Needs Debian's wrk (apt-get install -y wrk) and a build: ./mvnw -B -o -q -pl local-stack -am package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=stack-processes.sh
source local-stack/bench/stack-processes.sh

command -v wrk >/dev/null 2>&1 || { echo "public-page.sh: wrk not found; apt-get install -y wrk" >&2; exit 1; }
wrk_options=("$@")
[ ${#wrk_options[@]} -gt 0 ] || wrk_options=(-t2 -c1000 -d30s --timeout 10s)
expected_score="95.54"
services=(indicator-service budget-service scoring-service report-service)
bare_port=18084
lib="$PWD/report-service/target/quarkus-app/lib/main"
bare_classpath="$(ls "$lib"/io.vertx.vertx-core-*.jar "$lib"/io.netty.*.jar "$lib"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')"
benchmarks_classpath="$PWD/test-infra/target/classes:$(ls "$lib"/com.fasterxml.jackson.core.*.jar | tr '\n' ':')"

# 1,000 client sockets here and as many accepted ones in the service, which inherits this limit.
ulimit -n 20000

exec 9>/tmp/local-stack.lock
flock 9

data_dir="$PWD/local-stack/target/bench-stack"
log="$PWD/local-stack/target/bench-stack.log"
page="$PWD/local-stack/target/bench-page"
mkdir -p "$(dirname "$log")"
./run.sh --fresh --data-dir "$data_dir" >"$log" 2>&1 &
stack_pid=$!
bare_pid=
stop_all() {
  [ -z "$bare_pid" ] || kill "$bare_pid" 2>/dev/null || true
  # run.sh execs the launcher JVM: SIGTERM runs its shutdown hook, which stops every process it started.
  kill "$stack_pid" 2>/dev/null && wait "$stack_pid" 2>/dev/null || true
}
trap stop_all EXIT

fail() {
  echo "public-page.sh: FAILED: $*" >&2
  exit 1
}

until grep -q "Press Ctrl-C to stop." "$log"; do
  kill -0 "$stack_pid" 2>/dev/null || fail "the stack stopped before the demo was published; see $log"
  sleep 2
done
grep -E "score|Ready" "$log" || true

url="http://127.0.0.1:8084/reports/GZHPF/2023"

# The page must be the published demo report: 200, HTML, the latest public version's number, the demo's score.
check_page() {
  local status latest
  status=$(curl -sS -o "$page.html" -D "$page.headers" -w '%{http_code}' "$url")
  [ "$status" = 200 ] || fail "GET $url answered $status, not 200"
  latest=$(curl -sS "$url/versions" | grep -o '"version":[0-9]*' | tail -1 | cut -d: -f2)
  [ -n "$latest" ] || fail "GET $url/versions lists no published version"
  grep -q "第 $latest 版" "$page.html" || fail "$url is not version $latest, the latest published one"
  grep -q "<strong id=\"total\">$expected_score</strong>" "$page.html" \
    || fail "$url does not show the demo's score $expected_score"
  grep -qi '^content-type: text/html' "$page.headers" || fail "$url is not text/html"
  echo "GET $url: HTTP 200, version $latest, score $expected_score, $(wc -c <"$page.html") bytes"
}

# Where each service's memory goes, without native memory tracking (which costs memory itself): threads, heap,
# metaspace and code cache as the JVM reports them; the rest of VmRSS is native (glibc's heap, thread stacks, the
# JVM's own code and its compilers' arenas).
memory_breakdown() {
  local service pid
  for service in "${services[@]}"; do
    pid=$(service_pid "$service")
    echo "$service: $(grep -E '^(VmRSS|RssAnon|RssFile|Threads):' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd ';')"
    jcmd "$pid" GC.heap_info | grep -E 'total|Metaspace|class space' | sed 's/^/  /'
    jcmd "$pid" Compiler.codecache | grep -o 'used=[0-9]*Kb' | tr -dc '0-9\n' \
      | awk '{used += $1} END {print "  code cache used " used "K"}'
  done
}

# CPU seconds (user + system) used so far by a process and its running children (PostgreSQL's backends).
cpu_seconds() {
  local pids="$1 $(pgrep -P "$1" | tr '\n' ' ')" pid ticks=0
  for pid in $pids; do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}

# The JVM flags of a running process: everything between the java executable and -jar, less system properties.
jvm_flags_of() {
  tr '\0' '\n' <"/proc/$1/cmdline" | sed -n '2,/^-jar$/p' | grep -v -e '^-jar$' -e '^-D'
}

# wrk's figures as "requests_per_second p99_ms errors": errors are socket errors and non-2xx/3xx answers.
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000;
                     return v * 1000 }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    END { printf "%s %.1f %d\n", rps, p99, errors }' "$1"
}

run_wrk() {
  echo "$(date -Is) before: $(uptime)"
  wrk "${wrk_options[@]}" --latency "$1" | tee "$2"
  echo "$(date -Is) after: $(uptime)"
}

check_page
after_demo=$(resident_memory)
echo "VmRSS after the demo (kB):"; echo "$after_demo"

report_pid=$(service_pid report-service)
postgres_pid=$(pgrep -o -f "bin/postgres -D $data_dir")
if [ -n "${PAGE_JFR:-}" ]; then
  jcmd "$report_pid" JFR.start name=page settings=profile filename="$PAGE_JFR" >/dev/null
fi
service_before=$(cpu_seconds "$report_pid")
postgres_before=$(cpu_seconds "$postgres_pid")
run_wrk "$url" "$log.wrk"
service_after=$(cpu_seconds "$report_pid")
postgres_after=$(cpu_seconds "$postgres_pid")
if [ -n "${PAGE_JFR:-}" ]; then
  jcmd "$report_pid" JFR.stop name=page >/dev/null
  echo "JFR profile of report-service under wrk: $PAGE_JFR"
fi
awk -v s0="$service_before" -v s1="$service_after" -v p0="$postgres_before" -v p1="$postgres_after" \
  -v n="$(awk '/requests in/ {print $1}' "$log.wrk")" 'BEGIN {
    printf "CPU during the run: report-service %.1f s, PostgreSQL %.1f s; per request: report-service %.3f ms, PostgreSQL %.3f ms\n",
      s1 - s0, p1 - p0, (s1 - s0) * 1000 / n, (p1 - p0) * 1000 / n }'
check_page
after_wrk=$(resident_memory)
echo "VmRSS after wrk (kB):"; echo "$after_wrk"
memory_breakdown

mapfile -t flags < <(jvm_flags_of "$report_pid")
echo "Floor: bare Vert.x on port $bare_port with the service's flags: ${flags[*]}"
MALLOC_ARENA_MAX=2 java "${flags[@]}" -cp "$bare_classpath" \
  local-stack/src/test/java/cn/perfeval/localstack/bench/BarePageServer.java \
  "$bare_port" "$page.html" "$page.headers" >"$log.bare" 2>&1 &
bare_pid=$!
until curl -sf -o "$page.bare" "http://127.0.0.1:$bare_port/"; do
  kill -0 "$bare_pid" 2>/dev/null || fail "the bare server did not start; see $log.bare"
  sleep 1
done
cmp -s "$page.html" "$page.bare" || fail "the bare server does not answer the page's bytes"
run_wrk "http://127.0.0.1:$bare_port/reports/GZHPF/2023" "$log.bare.wrk"
kill "$bare_pid"; bare_pid=

read -r service_rps p99_ms service_errors < <(wrk_figures "$log.wrk")
read -r bare_rps bare_p99_ms bare_errors < <(wrk_figures "$log.bare.wrk")
ratio=$(awk -v s="$service_rps" -v b="$bare_rps" 'BEGIN {printf "%.3f", s / b}')
rss_max_mb=$(printf '%s\n%s\n' "$after_demo" "$after_wrk" | largest_mb)
echo "report-service: $service_rps requests/s, p99 $p99_ms ms, $service_errors errors"
echo "bare Vert.x:    $bare_rps requests/s, p99 $bare_p99_ms ms, $bare_errors errors"
echo "ratio to bare: $ratio; largest service VmRSS: $rss_max_mb MB"

record() {
  java -cp "$benchmarks_classpath" cn.perfeval.testinfra.bench.BenchmarksJson "$@"
}
record page.p99Ms "$p99_ms" ms
record page.ratioToBare "$ratio" ratio
record rss.maxMb "$rss_max_mb" MB

missed=$(awk -v p="$p99_ms" -v e="$service_errors" -v r="$ratio" -v m="$rss_max_mb" 'BEGIN {
  if (p >= 200) print "p99 " p " ms is not under 200 ms"
  if (e > 0) print e " wrk errors or non-2xx answers"
  if (r < 0.5) print "throughput is " r " of the bare server, under 0.5"
  if (m > 256) print "a service used " m " MB, over 256 MB" }')
if [ -n "$missed" ]; then
  echo "GOAL MISSED:"; echo "$missed"
  exit 3
fi
echo "GOAL MET: p99 under 200 ms, no error, at least half the bare server's throughput, every service within 256 MB"
