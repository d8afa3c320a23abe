package cn.perfeval.budget.execution.erp;

import cn.perfeval.platform.text.StrictUtf8;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Expenditure lines from CSV (UTF-8, header {@code lineId,date,amount,category,projectCode}), parsed record by
 * record as the body arrives. A line with the wrong number of cells is malformed (reported for that line); broken
 * quoting makes the rest of the file unreadable and rejects the request, naming the line.
 */
final class CsvLineSource implements LineSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvLineSource(InputStream body) {
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(StrictUtf8.reader(body));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw unreadable("header", reason(e));
        }
        List<String> header = parser.getHeaderNames();
        if (!header.equals(Arrays.asList(COLUMNS))) {
            throw unreadable("header", "must be " + String.join(",", COLUMNS) + ", got " + String.join(",", header));
        }
        records = parser.iterator();
    }

    /** Bytes that are not UTF-8 are refused, not replaced by U+FFFD (issue 13). */
    private static String reason(Exception e) {
        return StrictUtf8.isMalformed(e) ? StrictUtf8.RULE : e.getMessage();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable("line " + (parser.getCurrentLineNumber() + 1), reason(e));
        }
    }

    @Override
    public RawLine next() {
        CSVRecord record = records.next();
        long row = record.getRecordNumber();
        if (record.size() != COLUMNS.length) {
            return RawLine.malformed(row, "has " + record.size() + " cells, expected " + COLUMNS.length
                    + " (" + String.join(",", COLUMNS) + ")");
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            cells.put(COLUMNS[i], record.get(i));
        }
        return RawLine.of(row, cells);
    }

    private static ProblemException unreadable(String where, String why) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The CSV cannot be read at " + where
                + "; nothing was written", List.of(new FieldError(where, why == null ? "unreadable" : why)));
    }
}
