package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditEntry;
import cn.perfeval.platform.text.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the ANSI code page
 * and garbles Chinese), RFC 4180 quoting, and every cell neutralised against formula injection (a subject or an
 * entity id is text someone chose).
 */
final class AuditCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("at", "service", "departmentCode", "fiscalYear", "subject", "role",
            "channel", "operation", "entityType", "entityId", "action", "truncated", "correlationId", "entryId",
            "before", "after");

    private AuditCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(BOM);
        out.write(line(HEADER.stream()));
    }

    static void write(Writer out, AuditEntry entry) throws IOException {
        out.write(line(Stream.of(entry.at(), entry.service(), entry.departmentCode(), entry.fiscalYear(),
                entry.subject(), entry.role(), entry.channel(), entry.operation(), entry.entityType(), entry.entityId(),
                entry.action(), entry.truncated(), entry.correlationId(), entry.entryId(), entry.before(),
                entry.after()).map(value -> value == null ? "" : value.toString())));
    }

    private static String line(Stream<String> cells) {
        return cells.map(cell -> quoted(SpreadsheetCells.neutralised(cell))).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String quoted(String cell) {
        String text = Objects.requireNonNullElse(cell, "");
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
