#!/bin/sh
# The ERP push benchmark (see BENCHMARKS.md): builds budget-service, then runs ErpPushBenchmark, which starts the
# real broker and PostgreSQL, the packaged service as its own process with a small fixed heap, and pushes
# generated expenditure lines to it from this second process. Options go to the benchmark, e.g.
#   budget-service/bench/erp-push.sh --lines=100000,1000000 --format=csv,json --heap=128m
set -eu
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl budget-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "budget-service/target/test-classes:budget-service/target/classes:$(cat budget-service/target/bench-classpath.txt)" \
    cn.perfeval.budget.bench.ErpPushBenchmark --project=. "$@"
