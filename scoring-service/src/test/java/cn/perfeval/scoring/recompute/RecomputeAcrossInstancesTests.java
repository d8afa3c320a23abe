package cn.perfeval.scoring.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Several scoring-service instances share one pending_recompute table. Another instance is played by a second
 * database session holding the evaluation's advisory lock, as a recompute in progress there does.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class RecomputeAcrossInstancesTests {

    private static final int YEAR = 2023;
    private static final String HELD = "MULTIA";
    private static final String FREE = "MULTIB";

    @Inject
    ScorecardRecomputer recomputer;

    @Inject
    DataSource dataSource;

    @Test
    void anInstanceSkipsTheEvaluationAnotherIsRecomputingAndTakesTheNextOne() throws SQLException {
        seed(HELD);
        seed(FREE);
        // the worker has scored every seed event, so no recompute of these two is in flight
        awaitUnmarked(HELD);
        awaitUnmarked(FREE);
        // marks due in the future: the worker, whose rounds take the marks due by their start, leaves them to this test
        try (Connection otherInstance = dataSource.getConnection()) {
            OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
            mark(HELD, later);
            mark(FREE, later.plusMinutes(1));
            otherInstance.setAutoCommit(false);
            lock(otherInstance, HELD);
            OffsetDateTime markedBefore = later.plusMinutes(2);

            assertThat(recomputer.recomputeNext(markedBefore)).as("the free evaluation is recomputed").isTrue();
            assertThat(marked(FREE)).isFalse();
            assertThat(marked(HELD)).as("the held one is left to the instance holding it").isTrue();
            assertThat(recomputer.recomputeNext(markedBefore)).as("nothing else is due").isFalse();

            otherInstance.rollback();
            assertThat(recomputer.recomputeNext(markedBefore)).isTrue();
            assertThat(marked(HELD)).isFalse();
        }
    }

    private static void seed(String department) {
        try (SeedEvents events = new SeedEvents(department, YEAR)) {
            events.wholeSeed();
        }
        ScorecardPolling.awaitScorecard(department, YEAR, scorecard -> true);
    }

    private void awaitUnmarked(String department) throws SQLException {
        for (int i = 0; i < 600 && marked(department); i++) {
            ScorecardPolling.pause();
        }
        assertThat(marked(department)).as(department + " recomputed within 60 s").isFalse();
    }

    private void mark(String department, OffsetDateTime dueAt) throws SQLException {
        execute("""
                INSERT INTO pending_recompute (department_code, fiscal_year, due_at) VALUES (?, ?, ?)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET due_at = EXCLUDED.due_at
                """, department, dueAt);
    }

    private boolean marked(String department) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM pending_recompute WHERE department_code = ? AND fiscal_year = ?")) {
            query.setString(1, department);
            query.setInt(2, YEAR);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void lock(Connection connection, String department) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "recompute:" + department + ":" + YEAR);
            lock.execute();
        }
    }

    private void execute(String sql, String department, OffsetDateTime dueAt) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, department);
            statement.setInt(2, YEAR);
            statement.setObject(3, dueAt);
            statement.executeUpdate();
        }
    }
}
