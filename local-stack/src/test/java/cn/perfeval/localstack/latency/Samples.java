package cn.perfeval.localstack.latency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations in microseconds, by name (a hop or the whole change), and their nearest-rank percentiles. */
final class Samples {

    private final Map<String, List<Long>> byName = new LinkedHashMap<>();

    void add(String name, long micros) {
        byName.computeIfAbsent(name, key -> new ArrayList<>()).add(micros);
    }

    /** Nearest-rank percentile in milliseconds: p99 of 200 samples is the second-slowest. */
    double percentileMillis(String name, int p) {
        List<Long> sorted = byName.get(name).stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1000.0;
    }

    int count(String name) {
        return byName.getOrDefault(name, List.of()).size();
    }

    /** One line per name: p50, p90, p99, min, max in milliseconds. */
    String table() {
        StringBuilder table = new StringBuilder(String.format("%-58s %8s %8s %8s %8s %8s%n", "", "p50", "p90", "p99",
                "min", "max"));
        for (String name : byName.keySet()) {
            table.append(String.format("%-58s %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, percentileMillis(name, 50),
                    percentileMillis(name, 90), percentileMillis(name, 99), percentileMillis(name, 0),
                    percentileMillis(name, 100)));
        }
        return table.toString();
    }
}
