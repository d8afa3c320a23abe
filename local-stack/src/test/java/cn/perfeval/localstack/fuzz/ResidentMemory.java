package cn.perfeval.localstack.fuzz;

import cn.perfeval.localstack.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each service process's resident memory (VmRSS from /proc, Linux only) after the fuzz: issue 13 bounds it at
 * 256 MB per service. A reading, printed with the run; recorded in benchmarks.json only when benchmarks are asked
 * for ({@code -Dperfeval.benchmarks=true}), never asserted (the machine's other load moves it).
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Service name → VmRSS in MB (one decimal); empty where /proc is not there. */
    static Map<String, BigDecimal> of(Stack stack, List<String> services) {
        Map<String, BigDecimal> megabytes = new LinkedHashMap<>();
        for (String service : services) {
            Path status = Path.of("/proc", Long.toString(stack.service(service).pid()), "status");
            if (Files.isReadable(status)) {
                megabytes.put(service, vmRssMegabytes(status));
            }
        }
        return megabytes;
    }

    private static BigDecimal vmRssMegabytes(Path status) {
        try {
            String line = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no VmRSS in " + status));
            long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
            return BigDecimal.valueOf(kilobytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
