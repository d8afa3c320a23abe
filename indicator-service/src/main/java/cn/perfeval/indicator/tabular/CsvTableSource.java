package cn.perfeval.indicator.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV upload. Text must decode strictly as UTF-8 (with or without BOM) or, failing that, as GB18030 (what
 * Excel in a Chinese locale saves); strict decoding is also what turns random bytes away within the first few
 * bytes instead of producing a table of mojibake.
 */
final class CsvTableSource {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false) // keep record numbers equal to the row numbers a spreadsheet shows
            .get();

    private final ImportLimits limits;

    CsvTableSource(ImportLimits limits) {
        this.limits = limits;
    }

    void read(byte[] content, RowSink sink) {
        String text = decode(content).orElseThrow(() -> TableRejectedException.notATable(
                "the file is neither an XLSX workbook nor text in UTF-8 or GB18030"));
        if (text.chars().anyMatch(CsvTableSource::isBinaryControl)) {
            throw TableRejectedException.notATable("the text contains binary control characters");
        }
        sink.startSheet(null);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                if (!sink.row(new RawRow(null, Math.toIntExact(record.getRecordNumber()), firstCells(record)))) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableRejectedException("malformed CSV: " + e.getMessage());
        }
    }

    private List<String> firstCells(CSVRecord record) {
        int count = Math.min(record.size(), limits.maxColumns());
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(record.get(i));
        }
        return cells;
    }

    private static Optional<String> decode(byte[] content) {
        Optional<String> utf8 = strictDecode(content, StandardCharsets.UTF_8);
        return utf8.isPresent()
                ? utf8.map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text)
                : strictDecode(content, GB18030);
    }

    private static Optional<String> strictDecode(byte[] content, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** NUL and other C0 controls never occur in a table typed by people; tab, CR and LF do. */
    private static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
    }
}
