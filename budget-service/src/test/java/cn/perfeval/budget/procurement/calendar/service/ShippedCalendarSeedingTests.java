package cn.perfeval.budget.procurement.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two budget-service instances starting together both seed the shipped calendars. The other instance is played by a
 * second database session caught mid-seeding: it holds the seeding lock and has stored a year, not yet committed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class ShippedCalendarSeedingTests {

    private static final int YEAR = 2026;
    private static final String COLUMNS = "year, version, content_hash, document, updated_at, updated_by";

    @Inject
    Calendars calendars;

    @Inject
    DataSource dataSource;

    @Test
    void anInstanceStartingWhileAnotherSeedsFindsTheSeededYearInsteadOfFailingToStart() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            execute(otherInstance, "CREATE TEMP TABLE shipped_copy AS SELECT " + COLUMNS
                    + " FROM working_day_calendar WHERE year = " + YEAR);
            execute(otherInstance, "DELETE FROM working_day_calendar WHERE year = " + YEAR);
            otherInstance.commit();
            execute(otherInstance, "SELECT CAST(pg_advisory_xact_lock(hashtext('" + Calendars.SEED_LOCK + "')) AS text)");
            execute(otherInstance, "INSERT INTO working_day_calendar (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM shipped_copy");

            CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> calendars.seedShipped(null));
            awaitWaitingSession();
            otherInstance.commit();

            starting.get(30, TimeUnit.SECONDS);
            execute(otherInstance, "DROP TABLE shipped_copy");
            otherInstance.commit();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendars.of(YEAR))).as("the year, stored again")
                .isPresent();
    }

    /** Until the starting instance waits for the other session (on the seeding lock, or on the year's key). */
    private void awaitWaitingSession() throws SQLException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM pg_locks WHERE NOT granted"); ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the starting instance never waited for the seeding one");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
