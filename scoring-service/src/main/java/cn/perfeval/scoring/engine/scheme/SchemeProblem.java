package cn.perfeval.scoring.engine.scheme;

/**
 * Why a scheme cannot be used.
 *
 * @param itemCode the offending item, {@code null} for a problem of the scheme or a dimension
 * @param field    the offending field, e.g. {@code max}, {@code params.fact}, {@code dimensions[performance]}
 */
public record SchemeProblem(String itemCode, String field, String message) {

    @Override
    public String toString() {
        return (itemCode == null ? "" : "item " + itemCode + ": ") + field + ": " + message;
    }
}
