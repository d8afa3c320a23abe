package cn.perfeval.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The audit trail ({@link AuditTrail}). A value out of range fails startup, naming the property. */
@ConfigMapping(prefix = "perfeval.audit")
public interface AuditConfig {

    /**
     * A before or after state longer than this many bytes of JSON is recorded as a summary (counts, totals, a digest)
     * with {@code truncated} true, so that an entry stays far below the outbox's event limit (at most a quarter of
     * {@code perfeval.outbox.max-event-bytes} is used, whatever this says).
     */
    @WithDefault("65536")
    @Min(1024)
    int maxStateBytes();
}
