#!/usr/bin/env bash
# Starts the whole system on this machine (Kafka, PostgreSQL, the four services), loads the GZHPF 2023 demo
# through the public REST APIs, publishes its report and prints the score and URLs (the workbench's among them).
# Ctrl-C stops everything. Needs a JDK 17, and node and npm to build the workbench. Options: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh: java not found; install a JDK 17" >&2
  exit 1
fi

needs_build=false
for module in indicator-service budget-service scoring-service report-service; do
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || needs_build=true
done
[ -f local-stack/target/classpath.txt ] || needs_build=true
[ -f workbench/target/web/index.html ] || needs_build=true
if [ "$needs_build" = true ] || [ "${1:-}" = "--build" ]; then
  [ "${1:-}" = "--build" ] && shift
  echo "Building (first run only; ./run.sh --build rebuilds) ..."
  ./mvnw -B -q -DskipTests install
fi

main=cn.perfeval.localstack.Main
if [ "${1:-}" = "province" ]; then
  # ./run.sh province ...: generated departments into a stack another ./run.sh runs (./run.sh province --help)
  shift
  main=cn.perfeval.localstack.province.ProvinceCommand
fi
exec java -Xmx768m -Dperfeval.project.dir="$PWD" \
  -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  "$main" "$@"
