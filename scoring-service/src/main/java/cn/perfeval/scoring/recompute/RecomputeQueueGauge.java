package cn.perfeval.scoring.recompute;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@code perfeval_scoring_recompute_queue}: evaluations marked for a recompute and not yet done (a growing queue
 * means the worker falls behind, or keeps failing one — see {@code pending_recompute.last_error}).
 */
@ApplicationScoped
public class RecomputeQueueGauge {

    private final DataSource dataSource;

    public RecomputeQueueGauge(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("perfeval.scoring.recompute.queue", this, RecomputeQueueGauge::marked)
                .description("Evaluations waiting for a recompute").register(registry);
    }

    private double marked() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM pending_recompute")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
