#!/bin/sh
# The indicator import benchmark (see BENCHMARKS.md): builds indicator-service, then runs IndicatorImportBenchmark,
# which starts the real broker and PostgreSQL, the packaged service as its own process with a small fixed heap, and
# imports generated indicator tables into it from this second process, timing each until its events are on the
# broker. Options go to the benchmark, e.g.
#   indicator-service/bench/indicator-import.sh --rows=10000,10000,40000 --heap=128m --jfr
set -eu
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl indicator-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "indicator-service/target/test-classes:indicator-service/target/classes:$(cat indicator-service/target/bench-classpath.txt)" \
    cn.perfeval.indicator.bench.IndicatorImportBenchmark --project=. "$@"
