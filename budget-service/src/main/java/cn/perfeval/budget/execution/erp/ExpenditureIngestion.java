package cn.perfeval.budget.execution.erp;

import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.facts.Evaluations;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.budget.messaging.FactSnapshots;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests an ERP's expenditure push in one transaction, in memory bounded by the batch size however long the
 * push is: lines are parsed one at a time and the good ones are streamed into a temporary table with COPY; the
 * checks that need all lines or stored data (unknown project, line id given twice) run as SQL on the staged
 * lines; then the staged lines are merged into the ledger (by line id; a stored line given again unchanged is left
 * untouched) and the evaluation's snapshots are republished once. BENCHMARKS.md has the measured throughput.
 */
@ApplicationScoped
public class ExpenditureIngestion {

    static final int MAX_REPORTED_LINES = 10_000;
    private static final int BATCH_SIZE = 2_000;
    private static final String SORT_MEMORY = "128MB";
    /** Every staged line into the ledger of the evaluation given as the first two parameters. */
    private static final String INSERT_STAGED = """
            INSERT INTO expenditure (department_code, fiscal_year, line_id, spent_on, amount, category, project_code, updated_at)
            SELECT ?, ?, s.line_id, s.spent_on, s.amount, s.category, s.project_code, now() FROM expenditure_staging s
            """;

    private final AgroalDataSource dataSource;
    private final Evaluations evaluations;
    private final FactStore store;
    private final FactSnapshots snapshots;
    private final AuditTrail audit;

    public ExpenditureIngestion(AgroalDataSource dataSource, Evaluations evaluations, FactStore store,
                                FactSnapshots snapshots, AuditTrail audit) {
        this.dataSource = dataSource;
        this.evaluations = evaluations;
        this.store = store;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    @Transactional
    public IngestionResult ingest(String dept, int year, LineSource lines, IngestionMode mode) {
        evaluations.lock(dept, year);
        Rejections rejections = new Rejections();
        long received = 0;
        // Within the JTA transaction Agroal hands out the transaction's connection, the one Hibernate uses too.
        try (Connection connection = dataSource.getConnection()) {
            sortInMemory(connection);
            LedgerAudit.LedgerSummary before = LedgerAudit.summarise(connection, dept, year);
            createStaging(connection);
            received = stage(connection, lines, new ExpenditureLineParser(year), rejections);
            rejectUnknownProjects(connection, dept, year, rejections);
            rejectRepeatedLineIds(connection, rejections);
            rejections.reported.sort(java.util.Comparator.comparingLong(LineResult::row));
            if (rejections.count > 0 && mode == IngestionMode.ALL_OR_NOTHING) {
                throw rejected(received, rejections);
            }
            long accepted = received - rejections.count;
            long written = before.lines() == 0 ? insertAll(connection, dept, year) : merge(connection, dept, year);
            if (written > 0 || store.sectionVersion(dept, year, FactKind.EXPENDITURES).isEmpty()) {
                store.touch(dept, year, FactKind.EXPENDITURES);
            }
            snapshots.refresh(dept, year);
            LedgerAudit.record(audit, dept, year, before, new LedgerAudit.PushSummary(mode, received, accepted,
                    rejections.count, written, LedgerAudit.summarise(connection, dept, year)));
            return new IngestionResult(mode, received, accepted, rejections.count, written, accepted - written,
                    rejections.reported, rejections.count > rejections.reported.size());
        } catch (SQLException e) {
            throw new IllegalStateException("expenditure ingestion failed in the database", e);
        }
    }

    /**
     * The checks and the audit's ledger hash sort every line of the push (by line id); with PostgreSQL's default
     * 4 MB of work memory a 1,000,000-line push spilled those sorts to disk. This transaction only, so only a push
     * holds that much memory in its PostgreSQL backend, and only while it sorts.
     */
    private static void sortInMemory(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL work_mem = '" + SORT_MEMORY + "'");
        }
    }

    private static void createStaging(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE expenditure_staging (
                        seq BIGINT NOT NULL, line_id TEXT NOT NULL, spent_on DATE NOT NULL,
                        amount NUMERIC(20, 6) NOT NULL, category TEXT NOT NULL, project_code TEXT
                    ) ON COMMIT DROP
                    """);
        }
    }

    /**
     * Streams the good lines into the staging table with COPY (several times faster than batched INSERTs), a
     * batch of lines at a time, so memory holds one batch at most.
     */
    private static long stage(Connection connection, LineSource lines, ExpenditureLineParser parser,
                              Rejections rejections) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY expenditure_staging (seq, line_id, spent_on, amount, category, project_code) FROM STDIN (FORMAT csv)");
        long received = 0;
        try {
            StringBuilder batch = new StringBuilder();
            int batched = 0;
            while (lines.hasNext()) {
                RawLine line = lines.next();
                received++;
                ExpenditureLineParser.Parsed parsed = parser.parse(line);
                if (parsed.rejection() != null) {
                    rejections.add(parsed.rejection());
                    continue;
                }
                Expenditure expenditure = parsed.expenditure();
                batch.append(line.row()).append(',').append(quoted(expenditure.lineId())).append(',')
                        .append(expenditure.date()).append(',').append(expenditure.amount().toPlainString()).append(',')
                        .append(expenditure.category().name()).append(',')
                        .append(expenditure.projectCode() == null ? "" : quoted(expenditure.projectCode())).append('\n');
                if (++batched == BATCH_SIZE) {
                    write(copy, batch);
                    batched = 0;
                }
            }
            write(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return received;
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        if (!batch.isEmpty()) {
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            batch.setLength(0);
        }
    }

    /** A CSV field for COPY: always quoted, so commas, quotes and newlines in ERP ids survive. */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void rejectUnknownProjects(Connection connection, String dept, int year, Rejections rejections)
            throws SQLException {
        String unknown = """
                FROM expenditure_staging s
                WHERE s.project_code IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM fact_record p WHERE p.department_code = ? AND p.fiscal_year = ?
                       AND p.kind = 'PROJECTS' AND p.record_id = s.project_code)
                """;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.seq, s.line_id, s.project_code " + unknown + " ORDER BY s.seq LIMIT " + MAX_REPORTED_LINES);
             PreparedStatement delete = connection.prepareStatement("DELETE " + unknown)) {
            select.setString(1, dept);
            select.setInt(2, year);
            List<LineResult> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new LineResult(rows.getLong(1), rows.getString(2), "projectCode",
                            "unknown budget project " + rows.getString(3) + " (send it to /budget/projects first)"));
                }
            }
            delete.setString(1, dept);
            delete.setInt(2, year);
            rejections.addAll(found, delete.executeUpdate());
        }
    }

    /**
     * The first line with an id is kept; every later line with the same id is rejected. One sort of the staged
     * lines finds them (no index to build); only a push that has some pays for a second pass deleting them.
     */
    private static void rejectRepeatedLineIds(Connection connection, Rejections rejections) throws SQLException {
        String repeated = """
                SELECT seq, line_id FROM (
                    SELECT seq, line_id, row_number() OVER (PARTITION BY line_id ORDER BY seq) AS nth FROM expenditure_staging
                ) numbered WHERE nth > 1
                """;
        try (var statement = connection.createStatement()) {
            List<LineResult> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(repeated + " ORDER BY seq LIMIT " + MAX_REPORTED_LINES)) {
                while (rows.next()) {
                    found.add(new LineResult(rows.getLong(1), rows.getString(2), "lineId",
                            "line id " + rows.getString(2) + " appears earlier in this push"));
                }
            }
            if (!found.isEmpty()) {
                rejections.addAll(found, statement.executeUpdate(
                        "DELETE FROM expenditure_staging WHERE seq IN (SELECT seq FROM (" + repeated + ") later)"));
            }
        }
    }

    /**
     * Updates the stored lines that changed, then inserts the new ones: two plain statements, since the staged ids
     * are unique by now. (INSERT … ON CONFLICT, which probes the index for a conflict before every row, took
     * twice as long for 100,000 new lines.) The evaluation is locked, so no other push inserts in between.
     *
     * @return lines inserted or changed
     */
    private static long merge(Connection connection, String dept, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE expenditure e SET spent_on = s.spent_on, amount = s.amount, category = s.category,
                       project_code = s.project_code, updated_at = now()
                  FROM expenditure_staging s
                 WHERE e.department_code = ? AND e.fiscal_year = ? AND e.line_id = s.line_id
                   AND (e.spent_on, e.amount, e.category, e.project_code)
                       IS DISTINCT FROM (s.spent_on, s.amount, s.category, s.project_code)
                """);
             PreparedStatement insert = connection.prepareStatement(INSERT_STAGED + """
                 WHERE NOT EXISTS (SELECT 1 FROM expenditure e
                                    WHERE e.department_code = ? AND e.fiscal_year = ? AND e.line_id = s.line_id)
                """)) {
            update.setString(1, dept);
            update.setInt(2, year);
            long changed = update.executeUpdate();
            insert.setString(1, dept);
            insert.setInt(2, year);
            insert.setString(3, dept);
            insert.setInt(4, year);
            return changed + insert.executeUpdate();
        }
    }

    /**
     * The merge for a ledger that held no line before this push (the evaluation is locked, so none arrived since):
     * every staged line is new, so one plain INSERT, without the UPDATE's join and the per-line NOT EXISTS probe of
     * the primary key.
     *
     * @return lines inserted
     */
    private static long insertAll(Connection connection, String dept, int year) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_STAGED)) {
            insert.setString(1, dept);
            insert.setInt(2, year);
            return insert.executeUpdate();
        }
    }

    private static ProblemException rejected(long received, Rejections rejections) {
        List<FieldError> errors = rejections.reported.stream()
                .map(line -> new FieldError(line.field(), (line.lineId() == null ? "" : line.lineId() + ": ") + line.message(),
                        (int) line.row()))
                .toList();
        return new ProblemException(ProblemType.VALIDATION, rejections.count + " of " + received
                + " lines rejected; nothing was written (send ?mode=per-line to commit the good lines)"
                + (rejections.count > errors.size() ? "; the first " + errors.size() + " are listed" : ""), errors);
    }

    /** Every rejection is counted; the first {@value #MAX_REPORTED_LINES} are kept for the response. */
    private static final class Rejections {
        private final List<LineResult> reported = new ArrayList<>();
        private long count;

        void add(LineResult line) {
            addAll(List.of(line), 1);
        }

        /** {@code total} lines were rejected by one check, of which {@code found} are the first few. */
        void addAll(List<LineResult> found, long total) {
            count += total;
            for (LineResult line : found) {
                if (reported.size() < MAX_REPORTED_LINES) {
                    reported.add(line);
                }
            }
        }
    }
}
