package cn.perfeval.budget.execution.erp;

import cn.perfeval.platform.text.TextLimits;
import java.util.Optional;
import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.execution.domain.ExpenditureCategory;
import cn.perfeval.budget.execution.domain.InvalidBudgetDataException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns one raw line into a domain {@link Expenditure} or says what is wrong with it. Checks that need other
 * lines or stored data (unknown project codes, a line id given twice) are made on the staged lines in SQL.
 */
final class ExpenditureLineParser {

    /** The ledger column is NUMERIC(20, 6): 万元 to the cent of a 元 and finer. */
    private static final int MAX_SCALE = 6;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    private final int fiscalYear;

    ExpenditureLineParser(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** Either an expenditure or a rejection of the line, never both. */
    record Parsed(Expenditure expenditure, LineResult rejection) {
    }

    Parsed parse(RawLine line) {
        if (line.malformed() != null) {
            return reject(line, null, "line", line.malformed());
        }
        String lineId = line.cell("lineId");
        if (lineId == null) {
            return reject(line, null, "lineId", "is required");
        }
        Optional<String> badId = TextLimits.codeProblem(lineId);
        if (badId.isPresent()) {
            return reject(line, null, "lineId", badId.get());
        }
        try {
            return new Parsed(new Expenditure(lineId, date(line), amount(line), category(line), line.cell("projectCode")),
                    null);
        } catch (CellRejected e) {
            return reject(line, lineId, e.column, e.getMessage());
        } catch (InvalidBudgetDataException e) {
            // The domain names the field as expenditures[<lineId>].<field>; the result names the column.
            String field = e.field().substring(e.field().lastIndexOf('.') + 1);
            return reject(line, lineId, field, e.reason().english());
        }
    }

    private LocalDate date(RawLine line) {
        LocalDate date;
        try {
            date = line.cell("date") == null ? null : LocalDate.parse(line.cell("date"));
        } catch (DateTimeParseException e) {
            throw new CellRejected("date", "'" + line.cell("date") + "' is not a date like 2023-01-25");
        }
        if (date != null && date.getYear() != fiscalYear) {
            throw new CellRejected("date", date + " is outside fiscal year " + fiscalYear);
        }
        return date;
    }

    private static BigDecimal amount(RawLine line) {
        BigDecimal amount;
        try {
            amount = line.cell("amount") == null ? null : new BigDecimal(line.cell("amount"));
        } catch (NumberFormatException e) {
            throw new CellRejected("amount", "'" + line.cell("amount") + "' is not a number (万元, e.g. 686.20)");
        }
        if (amount != null && (amount.stripTrailingZeros().scale() > MAX_SCALE || amount.abs().compareTo(MAX_AMOUNT) > 0)) {
            // the text as sent: the plain form of 1E+999999999 would be a billion digits
            throw new CellRejected("amount", "'" + line.cell("amount") + "' must have at most " + MAX_SCALE
                    + " decimals and 14 integer digits");
        }
        return amount;
    }

    private static ExpenditureCategory category(RawLine line) {
        try {
            return line.cell("category") == null ? null : ExpenditureCategory.valueOf(line.cell("category"));
        } catch (IllegalArgumentException e) {
            throw new CellRejected("category", "'" + line.cell("category")
                    + "' is not one of BASIC_PERSONNEL, BASIC_PUBLIC_FUNDS, PROJECT");
        }
    }

    /** One cell that cannot be read; the line is rejected naming its column. No stack trace: it is an answer. */
    private static final class CellRejected extends RuntimeException {
        private final String column;

        CellRejected(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private static Parsed reject(RawLine line, String lineId, String field, String message) {
        return new Parsed(null, new LineResult(line.row(), lineId, field, message));
    }
}
