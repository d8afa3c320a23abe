package cn.perfeval.budget.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The floor of an ERP push: PostgreSQL's {@code COPY} of the same lines straight into the ledger table the
 * ingestion fills ({@code expenditure}, same columns, its primary key in place), from the benchmark's process
 * through the driver's CopyManager, in one transaction, for a department of its own so no stored line is in the
 * way. No HTTP, no parsing, no checks, no merge, no event: what writing the rows costs by itself. The copied rows
 * are checked (count and total) before the time is returned.
 */
final class LedgerCopyFloor {

    private static final String COPY = "COPY expenditure (department_code, fiscal_year, line_id, spent_on, amount, "
            + "category, project_code, updated_at) FROM STDIN (FORMAT csv)";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    LedgerCopyFloor(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Copies {@code lines} generated lines as {@code dept}'s 2023 ledger; returns the seconds the COPY took. */
    double copySeconds(String dept, int lines) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY, GeneratedPush.ledgerRows(lines, dept, 2023));
            connection.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            check(connection, dept, lines, copied);
            return seconds;
        }
    }

    private static void check(Connection connection, String dept, int lines, long copied) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement(
                "SELECT count(*), sum(amount) FROM expenditure WHERE department_code = ? AND fiscal_year = 2023")) {
            sum.setString(1, dept);
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                BigDecimal total = row.getBigDecimal(2);
                if (copied != lines || row.getLong(1) != lines || total.compareTo(GeneratedPush.expectedTotal(lines)) != 0) {
                    throw new IllegalStateException("COPY floor wrote " + row.getLong(1) + " rows totalling " + total
                            + ", expected " + lines + " totalling " + GeneratedPush.expectedTotal(lines));
                }
            }
        }
    }
}
