package cn.perfeval.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;

/**
 * Inserts outbox rows as JDBC batches on the transaction's own connection. {@link OutboxEvent}'s sequence is an
 * identity column, which Hibernate inserts one statement at a time to read each id back; the relay needs only the
 * order, which the database assigns in the batch's order.
 */
@ApplicationScoped
class OutboxBatchWriter {

    /** Rows per executeBatch: bounds the driver's buffers whatever the size of the write. */
    private static final int ROWS_PER_BATCH = 1_000;
    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, event_key, event_type, payload, correlation_id, created_at, attempts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)";

    private final EntityManager entityManager;

    OutboxBatchWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void insert(List<OutboxEvent> rows) {
        entityManager.unwrap(Session.class).doWork(connection -> insert(connection, rows));
    }

    private static void insert(Connection connection, List<OutboxEvent> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < rows.size(); i++) {
                bind(insert, rows.get(i));
                insert.addBatch();
                if ((i + 1) % ROWS_PER_BATCH == 0 || i == rows.size() - 1) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static void bind(PreparedStatement insert, OutboxEvent row) throws SQLException {
        insert.setObject(1, row.eventId);
        insert.setString(2, row.topic);
        insert.setString(3, row.eventKey);
        insert.setString(4, row.eventType);
        insert.setString(5, row.payload);
        insert.setString(6, row.correlationId);
        insert.setObject(7, row.createdAt);
    }
}
