package cn.perfeval.platform.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * Reads the outbox's state for health and Prometheus: {@code perfeval_outbox_unsent_rows},
 * {@code perfeval_outbox_oldest_unsent_age_seconds} (the relay's lag) and {@code perfeval_outbox_dead_rows}. One
 * scrape reads all three gauges, so a state younger than a second is reused rather than queried three times.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Duration REUSE = Duration.ofSeconds(1);
    private static final int DEAD_ROWS_SHOWN = 5;

    private final DataSource dataSource;
    private volatile OutboxState last;
    private volatile Instant lastReadAt = Instant.MIN;

    public OutboxMonitor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void registerGauges(@Observes StartupEvent event, MeterRegistry registry) {
        gauge(registry, "perfeval.outbox.unsent.rows", "Outbox rows not yet acknowledged by the broker",
                s -> s.unsentRows());
        gauge(registry, "perfeval.outbox.oldest.unsent.age.seconds",
                "Age of the oldest unsent outbox row (0 when none): the relay's lag", s -> s.oldestUnsentAge().toMillis() / 1000.0);
        gauge(registry, "perfeval.outbox.dead.rows", "Outbox rows the broker refused for good, set aside",
                s -> s.deadRowCount());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<OutboxState> value) {
        Gauge.builder(name, this, monitor -> monitor.readOrNaN(value)).description(description).register(registry);
    }

    private double readOrNaN(ToDoubleFunction<OutboxState> value) {
        try {
            return value.applyAsDouble(current());
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** The outbox now (or at most a second ago). */
    public OutboxState current() throws SQLException {
        Instant now = Instant.now();
        if (last == null || lastReadAt.plus(REUSE).isBefore(now)) {
            last = read(now);
            lastReadAt = now;
        }
        return last;
    }

    private OutboxState read(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement counts = connection.prepareStatement("""
                        SELECT count(*) FILTER (WHERE dead_at IS NULL), min(created_at) FILTER (WHERE dead_at IS NULL),
                               count(*) FILTER (WHERE dead_at IS NOT NULL)
                          FROM outbox_event WHERE sent_at IS NULL
                        """);
                ResultSet row = counts.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
            long dead = row.getLong(3);
            return new OutboxState(row.getLong(1), age.isNegative() ? Duration.ZERO : age, dead,
                    dead == 0 ? List.of() : deadRows(connection));
        }
    }

    private static List<OutboxState.DeadRow> deadRows(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT seq, event_key, event_type, last_error FROM outbox_event
                 WHERE dead_at IS NOT NULL AND sent_at IS NULL ORDER BY seq LIMIT
                """ + DEAD_ROWS_SHOWN);
                ResultSet rows = query.executeQuery()) {
            List<OutboxState.DeadRow> dead = new ArrayList<>();
            while (rows.next()) {
                dead.add(new OutboxState.DeadRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
            return dead;
        }
    }
}
