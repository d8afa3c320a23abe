#!/usr/bin/env bash
# The public report page under load: starts the local stack (./run.sh, fresh data under local-stack/target/),
# waits until the GZHPF 2023 demo report is published, then loads GET /reports/GZHPF/2023 (HTML) from wrk, a
# second process on loopback, and stops the stack. Holds /tmp/local-stack.lock while the stack runs (its ports are
# fixed, so only one stack can run on this machine at a time).
#
#   local-stack/bench/public-page.sh [wrk options]     default: -t2 -c1000 -d30s --timeout 10s
#
# (wrk counts a request slower than its timeout as an error instead of a latency; 10 s keeps the tail measured.)
# Besides wrk's figures it prints the CPU time the report-service JVM and PostgreSQL spent during the run, per
# request: a figure that does not depend on what else the machine was doing.
#
# Needs Debian's wrk (apt-get install -y wrk) and a build (./run.sh builds what is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v wrk >/dev/null 2>&1 || { echo "public-page.sh: wrk not found; apt-get install -y wrk" >&2; exit 1; }
wrk_options=("$@")
[ ${#wrk_options[@]} -gt 0 ] || wrk_options=(-t2 -c1000 -d30s --timeout 10s)

# 1,000 client sockets here and as many accepted ones in the service, which inherits this limit.
ulimit -n 20000

exec 9>/tmp/local-stack.lock
flock 9

data_dir="$PWD/local-stack/target/bench-stack"
log="$PWD/local-stack/target/bench-stack.log"
mkdir -p "$(dirname "$log")"
./run.sh --fresh --data-dir "$data_dir" >"$log" 2>&1 &
stack_pid=$!
stop_stack() {
  # run.sh execs the launcher JVM: SIGTERM runs its shutdown hook, which stops every process it started.
  kill "$stack_pid" 2>/dev/null && wait "$stack_pid" 2>/dev/null || true
}
trap stop_stack EXIT

until grep -q "Press Ctrl-C to stop." "$log"; do
  if ! kill -0 "$stack_pid" 2>/dev/null; then
    echo "public-page.sh: the stack stopped before the demo was published; see $log" >&2
    exit 1
  fi
  sleep 2
done
grep -E "score|Ready" "$log" || true

# CPU seconds (user + system) used so far by a process and its running children (PostgreSQL's backends).
cpu_seconds() {
  local pids="$1 $(pgrep -P "$1" | tr '\n' ' ')" pid ticks=0
  for pid in $pids; do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}
service_pid=$(pgrep -f "$PWD/report-service/target/quarkus-app/quarkus-run.jar")
postgres_pid=$(pgrep -o -f "bin/postgres -D $data_dir")

url="http://127.0.0.1:8084/reports/GZHPF/2023"
curl -sS -o /dev/null -w "GET $url: HTTP %{http_code}, %{size_download} bytes, %{content_type}\n" "$url"
echo "$(date -Is) before: $(uptime)"
service_before=$(cpu_seconds "$service_pid")
postgres_before=$(cpu_seconds "$postgres_pid")
wrk "${wrk_options[@]}" --latency "$url" | tee "$log.wrk"
service_after=$(cpu_seconds "$service_pid")
postgres_after=$(cpu_seconds "$postgres_pid")
echo "$(date -Is) after: $(uptime)"
awk -v s0="$service_before" -v s1="$service_after" -v p0="$postgres_before" -v p1="$postgres_after" \
  -v n="$(awk '/requests in/ {print $1}' "$log.wrk")" 'BEGIN {
    printf "CPU during the run: report-service %.1f s, PostgreSQL %.1f s; per request: report-service %.3f ms, PostgreSQL %.3f ms\n",
      s1 - s0, p1 - p0, (s1 - s0) * 1000 / n, (p1 - p0) * 1000 / n }'
