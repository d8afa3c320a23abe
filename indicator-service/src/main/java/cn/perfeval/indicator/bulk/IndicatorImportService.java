package cn.perfeval.indicator.bulk;

import cn.perfeval.indicator.tabular.FieldError;
import cn.perfeval.indicator.tabular.IndicatorImport;
import cn.perfeval.indicator.tabular.IndicatorRow;
import cn.perfeval.indicator.tabular.RowOutcome;
import cn.perfeval.indicator.tree.IndicatorImportBatch;
import cn.perfeval.indicator.tree.IndicatorRequest;
import cn.perfeval.indicator.tree.IndicatorService;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.cycle.WriteWindow;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a read indicator table: each row creates the indicator or updates the one of the same name in the same
 * branch (so a corrected table can be imported again), then records its actual when the table has one.
 * All-or-nothing by default: one bad row rejects the table and nothing is written.
 */
@ApplicationScoped
public class IndicatorImportService {

    private final IndicatorService indicators;
    private final WriteWindow window;

    public IndicatorImportService(IndicatorService indicators, WriteWindow window) {
        this.indicators = indicators;
        this.window = window;
    }

    /**
     * @param rowOffset subtracted from the reader's row numbers in the report (JSON rows are numbered from 1)
     */
    public ImportReport apply(String dept, int year, IndicatorImport table, ImportMode mode, String actor, int rowOffset) {
        if (table.isRejected()) {
            throw ProblemException.validation("file", String.join("; ", table.fileErrors()));
        }
        // A locked evaluation refuses the whole import at once, rather than each row (each row checks again).
        QuarkusTransaction.requiringNew().run(() -> window.requireWritable(dept, year));
        return mode == ImportMode.ALL_OR_NOTHING
                ? allOrNothing(dept, year, table, actor, rowOffset)
                : perRow(dept, year, table, actor, rowOffset);
    }

    /**
     * Every row in one transaction, written in chunks ({@link IndicatorImportBatch}): the first row the service
     * refuses rolls back the whole table.
     */
    private ImportReport allOrNothing(String dept, int year, IndicatorImport table, String actor, int rowOffset) {
        if (!table.isClean()) {
            throw rejected(table.invalidRows(), rowOffset);
        }
        List<ImportReport.RowResult> results = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            List<ImportReport.RowResult> applied = new ArrayList<>(table.rows().size());
            IndicatorImportBatch batch = indicators.importBatch(dept, year, actor);
            for (RowOutcome outcome : table.rows()) {
                try {
                    IndicatorImportBatch.Written written = batch.add(requestOf(outcome.row()), actualOf(outcome.row()));
                    applied.add(result(outcome, rowOffset, written.created(), written.id()));
                } catch (ProblemException e) {
                    throw rowProblem(outcome, e, rowOffset);
                }
            }
            batch.finish();
            return applied;
        });
        return report(table, ImportMode.ALL_OR_NOTHING, true, results);
    }

    /** Each valid row in its own transaction; invalid and refused rows are reported, not written. */
    private ImportReport perRow(String dept, int year, IndicatorImport table, String actor, int rowOffset) {
        List<ImportReport.RowResult> results = new ArrayList<>();
        Targets targets = QuarkusTransaction.requiringNew().call(
                () -> new Targets(indicators.idsByBranchAndName(dept, year), indicators.nextOrdinalOf(dept, year)));
        for (RowOutcome outcome : table.rows()) {
            if (!outcome.isValid()) {
                results.add(rejectedRow(outcome, rowOffset, outcome.errors().stream()
                        .map(e -> new ImportReport.RowError(e.field(), e.message())).toList()));
                continue;
            }
            try {
                results.add(QuarkusTransaction.requiringNew().call(() -> upsert(dept, year, outcome, actor, rowOffset, targets)));
            } catch (ProblemException e) {
                results.add(rejectedRow(outcome, rowOffset, errorsOf(e)));
            }
        }
        return report(table, ImportMode.PER_ROW, results.stream().anyMatch(r -> !r.status().equals("REJECTED")), results);
    }

    private ImportReport.RowResult upsert(String dept, int year, RowOutcome outcome, String actor, int rowOffset,
            Targets targets) {
        IndicatorRow row = outcome.row();
        String key = IndicatorService.branchKey(row.category().name(), row.level2(), row.name());
        UUID existing = targets.ids().get(key);
        IndicatorService.ImportedIndicator imported = indicators.upsert(dept, year, requestOf(row), actualOf(row), actor,
                existing, existing == null ? targets.nextOrdinal() : 0);
        if (existing == null) {
            targets.ids().put(key, imported.indicator().id());
            targets.advance();
        }
        return result(outcome, rowOffset, imported.created(), imported.indicator().id());
    }

    private static IndicatorRequest requestOf(IndicatorRow row) {
        return new IndicatorRequest(row.category().name(), row.level2(), row.name(),
                row.periodTarget() == null ? null : row.periodTarget().text(), row.annualTarget().text(), row.weight(),
                row.note(), null);
    }

    private static String actualOf(IndicatorRow row) {
        return row.actual() == null ? null : row.actual().text();
    }

    private static ImportReport.RowResult result(RowOutcome outcome, int rowOffset, boolean created, UUID id) {
        return new ImportReport.RowResult(outcome.rowNumber() - rowOffset, outcome.sheet(), outcome.row().name(),
                created ? "CREATED" : "UPDATED", id, List.of());
    }

    /**
     * The evaluation's indicators by branch and name, read once per import: looking each row up in a table that
     * grows inside the same transaction would make the import quadratic.
     */
    private static final class Targets {
        private final java.util.Map<String, UUID> ids;
        private int nextOrdinal;

        Targets(java.util.Map<String, UUID> ids, int nextOrdinal) {
            this.ids = ids;
            this.nextOrdinal = nextOrdinal;
        }

        java.util.Map<String, UUID> ids() {
            return ids;
        }

        int nextOrdinal() {
            return nextOrdinal;
        }

        void advance() {
            nextOrdinal++;
        }
    }

    private static ImportReport report(IndicatorImport table, ImportMode mode, boolean committed,
            List<ImportReport.RowResult> rows) {
        return new ImportReport(table.format().name(), mode.name(), committed,
                count(rows, "CREATED"), count(rows, "UPDATED"), count(rows, "REJECTED"), rows);
    }

    private static int count(List<ImportReport.RowResult> rows, String status) {
        return (int) rows.stream().filter(r -> r.status().equals(status)).count();
    }

    private static ImportReport.RowResult rejectedRow(RowOutcome outcome, int rowOffset, List<ImportReport.RowError> errors) {
        return new ImportReport.RowResult(outcome.rowNumber() - rowOffset, outcome.sheet(),
                outcome.row() == null ? null : outcome.row().name(), "REJECTED", null, errors);
    }

    private static List<ImportReport.RowError> errorsOf(ProblemException e) {
        return e.errors().isEmpty() ? List.of(new ImportReport.RowError(null, e.getMessage()))
                : e.errors().stream().map(err -> new ImportReport.RowError(err.field(), err.message())).toList();
    }

    private static ProblemException rejected(List<RowOutcome> invalid, int rowOffset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (RowOutcome outcome : invalid) {
            for (FieldError error : outcome.errors()) {
                errors.add(new Problem.FieldError(error.field(), error.message(), outcome.rowNumber() - rowOffset));
            }
        }
        RowOutcome first = invalid.get(0);
        return new ProblemException(ProblemType.UNPROCESSABLE, invalid.size() + " row(s) cannot be imported (row "
                + (first.rowNumber() - rowOffset) + ": " + first.errors().get(0).field() + ": " + first.errors().get(0).message()
                + "); nothing was written. Fix them, or import with mode=per-row to commit the valid rows.", errors);
    }

    private static ProblemException rowProblem(RowOutcome outcome, ProblemException cause, int rowOffset) {
        int row = outcome.rowNumber() - rowOffset;
        List<Problem.FieldError> errors = errorsOf(cause).stream()
                .map(e -> new Problem.FieldError(e.field(), e.message(), row)).toList();
        return new ProblemException(ProblemType.UNPROCESSABLE, "row " + row + ": " + cause.getMessage()
                + "; nothing was written", errors);
    }
}
