package cn.perfeval.indicator.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an uploaded indicator table (CSV or XLSX, told apart by content, not by name) into per-row outcomes.
 *
 * <p>Layout: the header row (一级指标, 二级指标, 三级指标, 年度指标值; optionally 实施周期指标值, 完成指标值, 权重,
 * 单位, 备注/计算说明, 完成情况（%）) may follow title rows; other columns are listed as ignored. In a workbook each
 * sheet with such a header is read, in order (an exported 表1 and 表2 re-import together); sheets without one are
 * skipped. Merged-cell and value rules: {@link IndicatorRowAssembler}.
 *
 * <p>Bad content never throws: a bad row becomes a row with errors, a file that is no table becomes a rejected
 * import with a reason, within {@link ImportLimits}.
 */
public final class IndicatorTableReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC =
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final ImportLimits limits;

    public IndicatorTableReader() {
        this(ImportLimits.DEFAULT);
    }

    public IndicatorTableReader(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads at most {@link ImportLimits#maxBytes()} bytes from the stream; a longer upload is rejected.
     *
     * @throws IOException only when the stream itself fails, never for its content
     */
    public IndicatorImport read(InputStream upload) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
            content.write(buffer, 0, n);
            if (content.size() > limits.maxBytes()) {
                return tooLarge();
            }
        }
        return read(content.toByteArray());
    }

    public IndicatorImport read(byte[] content) {
        if (content.length == 0) {
            return IndicatorImport.rejected(SourceFormat.UNKNOWN, TableRejectedException.NOT_A_TABLE + "the file is empty");
        }
        if (content.length > limits.maxBytes()) {
            return tooLarge();
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return IndicatorImport.rejected(SourceFormat.UNKNOWN, TableRejectedException.NOT_A_TABLE
                    + "a legacy .xls or password-protected workbook; save it as an unprotected .xlsx");
        }
        SourceFormat format = startsWith(content, ZIP_MAGIC) ? SourceFormat.XLSX : SourceFormat.CSV;
        Collector collector = new Collector();
        try {
            if (format == SourceFormat.XLSX) {
                new XlsxTableSource(limits).read(content, collector);
            } else {
                new CsvTableSource(limits).read(content, collector);
            }
            return collector.result(format);
        } catch (TableRejectedException e) {
            return IndicatorImport.rejected(format, e.getMessage());
        }
    }

    private IndicatorImport tooLarge() {
        return IndicatorImport.rejected(SourceFormat.UNKNOWN, "the file is larger than " + limits.maxBytes() + " bytes");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Finds each sheet's header, then hands data rows to the assembler; counts rows against the limit. */
    private final class Collector implements RowSink {

        private final IndicatorRowAssembler assembler = new IndicatorRowAssembler(limits.maxCellChars());
        private final List<RowOutcome> outcomes = new ArrayList<>();
        private final Set<String> ignoredColumns = new LinkedHashSet<>();
        private boolean anyHeader;
        private List<IndicatorColumn> nearMissHeaderLacks = List.of();
        private HeaderRow header;
        private int rowsBeforeHeader;
        private int rowsRead;

        @Override
        public void startSheet(String name) {
            header = null;
            rowsBeforeHeader = 0;
            assembler.startSheet();
        }

        @Override
        public boolean row(RawRow row) {
            if (++rowsRead > limits.maxRows()) {
                throw new TableRejectedException("the table has more than " + limits.maxRows() + " rows; split it");
            }
            if (header != null) {
                if (!row.isBlank()) {
                    outcomes.add(assembler.assemble(row, header));
                }
                return true;
            }
            if (rowsBeforeHeader++ >= limits.headerSearchRows()) {
                return false;
            }
            header = HeaderRow.detect(row).orElse(null);
            if (header != null) {
                anyHeader = true;
                ignoredColumns.addAll(header.ignoredHeaders());
            } else if (nearMissHeaderLacks.isEmpty()) {
                nearMissHeaderLacks = HeaderRow.missingRequiredIn(row);
            }
            return true;
        }

        IndicatorImport result(SourceFormat format) {
            if (!anyHeader) {
                String required = Arrays.stream(IndicatorColumn.values()).filter(IndicatorColumn::required)
                        .map(IndicatorColumn::label).collect(Collectors.joining(", "));
                String reason = nearMissHeaderLacks.isEmpty()
                        ? TableRejectedException.NOT_A_TABLE + "no header row with " + required + " in the first "
                                + limits.headerSearchRows() + " rows"
                        : "the header row lacks " + nearMissHeaderLacks.stream().map(IndicatorColumn::label)
                                .collect(Collectors.joining(", "));
                return IndicatorImport.rejected(format, reason);
            }
            if (outcomes.isEmpty()) {
                return IndicatorImport.rejected(format, "the table has a header but no indicator rows");
            }
            return new IndicatorImport(format, outcomes, List.of(), List.copyOf(ignoredColumns));
        }
    }
}
