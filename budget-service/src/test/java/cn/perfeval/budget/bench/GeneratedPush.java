package cn.perfeval.budget.bench;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * An ERP expenditure push produced line by line while the client sends it, never a string of the whole body: a
 * mix of personnel, public-funds and project lines (projects P-01 … P-30) over the year's months, in CSV or JSON.
 * {@link #expectedTotal} is the sum of the amounts, to check the service's figure afterwards; the projects must
 * exist first ({@link #projectsJson}). Used by the benchmark and by the test of a 100,000-line push.
 */
public final class GeneratedPush extends InputStream {

    private static final int PROJECTS = 30;
    private static final String CSV_HEADER = "lineId,date,amount,category,projectCode\n";
    private static final String UPDATED_AT = "2024-01-15 10:00:00+00";
    private static final String[] CATEGORIES = {"BASIC_PERSONNEL", "BASIC_PUBLIC_FUNDS", "PROJECT"};

    private final int lines;
    private final boolean json;
    /** For {@link #ledgerRows}: the department and year every row starts with; null for a push body. */
    private final String ledgerPrefix;
    private int next;
    private byte[] current;
    private int position;
    private boolean finished;

    public GeneratedPush(int lines, boolean json) {
        this(lines, json, null);
    }

    private GeneratedPush(int lines, boolean json, String ledgerPrefix) {
        this.lines = lines;
        this.json = json;
        this.ledgerPrefix = ledgerPrefix;
        this.current = (ledgerPrefix != null ? "" : json ? "[" : CSV_HEADER).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same lines as rows of the ledger table itself, for {@code COPY expenditure (department_code, fiscal_year,
     * line_id, spent_on, amount, category, project_code, updated_at) FROM STDIN (FORMAT csv)}: the benchmark's floor.
     */
    public static GeneratedPush ledgerRows(int lines, String dept, int year) {
        return new GeneratedPush(lines, false, dept + "," + year + ",");
    }

    public static String contentType(boolean json) {
        return json ? "application/json" : "text/csv";
    }

    /** The budget projects the project lines name, as the body of PUT …/budget/projects. */
    public static String projectsJson() {
        StringJoiner projects = new StringJoiner(",", "[", "]");
        for (int i = 1; i <= PROJECTS; i++) {
            projects.add("{\"code\":\"P-" + twoDigits(i) + "\",\"name\":\"项目" + i + "\",\"recurrence\":\"RECURRING\","
                    + "\"novelty\":\"CONTINUING\",\"budgetAmount\":500000,\"exAnteEvaluationDone\":true}");
        }
        return projects.toString();
    }

    /** Σ amounts of the first {@code lines} lines, in 万元. */
    public static BigDecimal expectedTotal(int lines) {
        long cents = 0;
        for (int i = 0; i < lines; i++) {
            cents += amountCents(i);
        }
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length && fill()) {
            int chunk = Math.min(length - copied, current.length - position);
            System.arraycopy(current, position, buffer, offset + copied, chunk);
            position += chunk;
            copied += chunk;
        }
        return copied == 0 ? -1 : copied;
    }

    /** @return whether bytes are left to read, producing the next line when the current one is used up */
    private boolean fill() {
        while (position == current.length) {
            if (finished) {
                return false;
            }
            if (next == lines) {
                current = json ? "]".getBytes(StandardCharsets.UTF_8) : new byte[0];
                finished = true;
            } else {
                current = line(next++).getBytes(StandardCharsets.UTF_8);
            }
            position = 0;
        }
        return true;
    }

    private String line(int i) {
        String id = "EXP-" + (10_000_000 + i);
        String date = "2023-" + twoDigits(1 + i % 12) + "-" + twoDigits(1 + i % 28);
        String amount = BigDecimal.valueOf(amountCents(i), 2).toPlainString();
        String category = CATEGORIES[i % 3];
        String project = i % 3 == 2 ? "P-" + twoDigits(1 + i % PROJECTS) : null;
        if (json) {
            return (i == 0 ? "" : ",\n") + "{\"lineId\":\"" + id + "\",\"date\":\"" + date + "\",\"amount\":" + amount
                    + ",\"category\":\"" + category + "\"" + (project == null ? "" : ",\"projectCode\":\"" + project + "\"")
                    + "}";
        }
        String csv = id + "," + date + "," + amount + "," + category + "," + (project == null ? "" : project);
        return ledgerPrefix == null ? csv + "\n" : ledgerPrefix + csv + "," + UPDATED_AT + "\n";
    }

    private static long amountCents(int i) {
        return 100 + (i * 37L) % 99_900;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
