package cn.perfeval.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The correlation id ties one user action to every log line and event it causes, across services: it arrives in
 * the {@value #HEADER} HTTP header (or is made up), is logged via the MDC, stored with each outbox row and carried
 * in a Kafka header of the same name.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "correlation-id";
    public static final String MDC_KEY = "correlationId";

    /** Ids from callers are logged and echoed: accept only a safe, bounded alphabet. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Correlation() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    public static String currentOrNew() {
        String id = current();
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** Adopts the caller's id when it is acceptable, otherwise starts a new one; returns the id in force. */
    public static String begin(String candidate) {
        String id = candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void end() {
        MDC.remove(MDC_KEY);
    }
}
