package cn.perfeval.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness DOWN while the outbox is stuck: a row the broker refused for good (named, with the evaluation whose
 * later events wait behind it), or an unsent row older than {@code perfeval.outbox.stuck-after}. A service whose
 * changes cannot reach the scores must say so where an operator and an orchestrator look.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final Duration stuckAfter;

    public OutboxHealthCheck(OutboxMonitor monitor, OutboxConfig config) {
        this.monitor = monitor;
        this.stuckAfter = config.stuckAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        OutboxState state;
        try {
            state = monitor.current();
        } catch (SQLException e) {
            return response.down().withData("error", "outbox not readable: " + e.getMessage()).build();
        }
        response.withData("unsentRows", state.unsentRows())
                .withData("oldestUnsentAgeSeconds", state.oldestUnsentAge().toSeconds())
                .withData("stuckAfterSeconds", stuckAfter.toSeconds())
                .withData("deadRows", state.deadRowCount());
        state.deadRows().forEach(row -> response.withData("deadRow" + row.seq(), row.describe()));
        return response.status(!state.stuck(stuckAfter)).build();
    }
}
