package cn.perfeval.indicator.tabular;

/**
 * Bounds that keep a hostile or mistaken upload from exhausting memory or time. Exceeding one rejects the file.
 *
 * @param maxBytes             the upload itself
 * @param maxRows              rows read, blank ones included, over all sheets
 * @param maxColumns           cells read per row; cells further right are ignored
 * @param maxCellChars         a longer cell is a row error
 * @param maxUncompressedBytes an XLSX's parts added up once inflated (zip-bomb guard, checked before POI opens it)
 * @param maxZipEntries        parts in an XLSX
 * @param headerSearchRows     how many rows at the top of a sheet may precede the header (title rows)
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars, long maxUncompressedBytes,
                           int maxZipEntries, int headerSearchRows) {

    public static final ImportLimits DEFAULT =
            new ImportLimits(20L << 20, 50_000, 64, 2_000, 64L << 20, 1_000, 20);
}
