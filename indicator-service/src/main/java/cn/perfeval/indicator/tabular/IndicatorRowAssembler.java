package cn.perfeval.indicator.tabular;

import cn.perfeval.platform.text.ControlCharacters;
import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.indicator.domain.IndicatorValueException;
import cn.perfeval.indicator.domain.MeasuredValue;
import cn.perfeval.platform.json.DecimalLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns data rows into indicators, one outcome per row, never throwing for bad content.
 *
 * <p>Merged cells: a blank 一级指标 or 二级指标 means "as the row above" (a merged cell keeps its text only in its
 * first row). A row that writes a different 一级指标 starts a new branch, so its 二级指标 must be written too.
 * The carried text is the text as written, valid or not, so rows under a misspelt level-1 cell each say so.
 *
 * <p>Values: a 单位 column applies to values written without a unit ({@code 60} with 单位 {@code 万人}); a
 * value that writes its own unit keeps it. The actual of a qualitative target is kept as text for the reviewer.
 */
final class IndicatorRowAssembler {

    private static final String CATEGORY_LABELS = Arrays.stream(IndicatorCategory.values())
            .map(IndicatorCategory::label).collect(Collectors.joining(", "));

    private final int maxCellChars;
    /** category|level2|name → where it was first seen; duplicates are checked across sheets. */
    private final Map<String, String> firstSeen = new HashMap<>();
    private Carried level1;
    private String level2;
    /** The level-1 text (compacted) the carried level2 was written under. */
    private String level2Branch;

    /** A level-1 cell's text and the row it is written on, for rows that inherit it. */
    private record Carried(String text, int rowNumber) {
    }

    IndicatorRowAssembler(int maxCellChars) {
        this.maxCellChars = maxCellChars;
    }

    /** Merged cells do not reach across sheets. */
    void startSheet() {
        level1 = null;
        level2 = null;
    }

    RowOutcome assemble(RawRow raw, HeaderRow header) {
        List<FieldError> errors = new ArrayList<>();
        Function<IndicatorColumn, String> cell = cellReader(raw, header, errors);

        String level1Text = cell.apply(IndicatorColumn.LEVEL1);
        IndicatorCategory category = readCategory(raw, level1Text, errors);
        String level2Text = readLevel2(level1Text, cell.apply(IndicatorColumn.LEVEL2), errors);
        String name = readName(raw, category, level2Text, cell.apply(IndicatorColumn.NAME), errors);

        String unit = cell.apply(IndicatorColumn.UNIT);
        MeasuredValue annual =
                readTarget(IndicatorColumn.ANNUAL_TARGET, cell.apply(IndicatorColumn.ANNUAL_TARGET), unit, errors);
        if (annual == null && errors.stream().noneMatch(e -> e.field().equals(IndicatorColumn.ANNUAL_TARGET.label()))) {
            errors.add(FieldError.of(IndicatorColumn.ANNUAL_TARGET, "年度指标值 is blank"));
        }
        MeasuredValue period =
                readTarget(IndicatorColumn.PERIOD_TARGET, cell.apply(IndicatorColumn.PERIOD_TARGET), unit, errors);
        MeasuredValue actual = readActual(cell.apply(IndicatorColumn.ACTUAL), unit, annual, errors);
        BigDecimal weight = readWeight(cell.apply(IndicatorColumn.WEIGHT), errors);
        String note = cell.apply(IndicatorColumn.NOTE);

        if (!errors.isEmpty()) {
            return new RowOutcome(raw.sheet(), raw.rowNumber(), null, errors);
        }
        IndicatorRow row = new IndicatorRow(category, level2Text, name, period, annual, actual, weight,
                note.isEmpty() ? null : note);
        return new RowOutcome(raw.sheet(), raw.rowNumber(), row, List.of());
    }

    /** A column's cell, trimmed; too long or with control characters other than line breaks, an error and "". */
    private Function<IndicatorColumn, String> cellReader(RawRow raw, HeaderRow header, List<FieldError> errors) {
        return column -> {
            String text = header.cell(raw, column);
            if (text.length() > maxCellChars) {
                errors.add(FieldError.of(column, column.label() + " is longer than " + maxCellChars + " characters"));
                return "";
            }
            if (!ControlCharacters.isMultiLine(text)) {
                // Spreadsheet cells wrap lines (kept, then tidied); any other control character is refused.
                errors.add(FieldError.of(column, column.label() + " " + ControlCharacters.MULTI_LINE_RULE));
                return "";
            }
            return text.trim();
        };
    }

    private String readName(RawRow raw, IndicatorCategory category, String level2Text, String written,
            List<FieldError> errors) {
        String name = TableText.tidy(written);
        if (name.isEmpty()) {
            errors.add(FieldError.of(IndicatorColumn.NAME, "三级指标 is blank"));
        } else if (category != null && level2Text != null) {
            checkUnique(raw, category, level2Text, name, errors);
        }
        return name;
    }

    private IndicatorCategory readCategory(RawRow raw, String written, List<FieldError> errors) {
        boolean carried = written.isEmpty();
        if (!carried) {
            level1 = new Carried(written, raw.rowNumber());
        } else if (level1 == null) {
            errors.add(FieldError.of(IndicatorColumn.LEVEL1, "一级指标 is blank and no row above names one"));
            return null;
        }
        IndicatorCategory category = IndicatorCategory.fromLabel(level1.text()).orElse(null);
        if (category == null) {
            errors.add(FieldError.of(IndicatorColumn.LEVEL1, "'" + TableText.tidy(level1.text())
                    + "' is not a level-1 indicator (" + CATEGORY_LABELS + ")"
                    + (carried ? "; carried down from row " + level1.rowNumber() : "")));
        }
        return category;
    }

    /** Called after {@link #readCategory}, which has already moved level1 to this row's text. */
    private String readLevel2(String writtenLevel1, String written, List<FieldError> errors) {
        String branch = level1 == null ? "" : TableText.compact(level1.text());
        if (!written.isEmpty()) {
            level2 = TableText.compact(written);
            level2Branch = branch;
            return level2;
        }
        if (!writtenLevel1.isEmpty() && (level2 == null || !branch.equals(level2Branch))) {
            level2 = null;
            errors.add(FieldError.of(IndicatorColumn.LEVEL2, "二级指标 is blank on the first row of 一级指标 '"
                    + TableText.tidy(writtenLevel1) + "'"));
            return null;
        }
        if (level2 == null) {
            errors.add(FieldError.of(IndicatorColumn.LEVEL2, "二级指标 is blank and no row above names one"));
            return null;
        }
        return level2;
    }

    private void checkUnique(RawRow raw, IndicatorCategory category, String level2Text, String name,
                             List<FieldError> errors) {
        String key = category + "|" + level2Text + "|" + TableText.compact(name);
        String first = firstSeen.putIfAbsent(key, RowOutcome.location(raw.sheet(), raw.rowNumber()));
        if (first != null) {
            errors.add(FieldError.of(IndicatorColumn.NAME, "'" + name + "' appears twice under " + category.label()
                    + " / " + level2Text + " (first at " + first + ")"));
        }
    }

    private static MeasuredValue readTarget(IndicatorColumn column, String text, String unit, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return withUnitColumn(MeasuredValue.parseTarget(text), text, unit, true);
        } catch (IndicatorValueException e) {
            errors.add(FieldError.of(column, column.label() + ": " + e.getMessage()));
            return null;
        }
    }

    private static MeasuredValue readActual(String text, String unit, MeasuredValue annual, List<FieldError> errors) {
        IndicatorColumn column = IndicatorColumn.ACTUAL;
        if (text.isEmpty()) {
            return null;
        }
        if (annual != null && annual.isQualitative()) {
            return MeasuredValue.qualitative(text);
        }
        try {
            MeasuredValue actual = withUnitColumn(MeasuredValue.parseActual(text), text, unit, false);
            if (annual != null) {
                MeasuredValue.requireComparable(annual, actual);
            }
            return actual;
        } catch (IndicatorValueException e) {
            errors.add(FieldError.of(column, column.label() + ": " + e.getMessage()));
            return null;
        }
    }

    private static MeasuredValue withUnitColumn(MeasuredValue value, String text, String unit, boolean target) {
        if (unit.isEmpty() || value.isQualitative() || !value.unit().symbol().isEmpty()) {
            return value;
        }
        String withUnit = text + unit;
        return target ? MeasuredValue.parseTarget(withUnit) : MeasuredValue.parseActual(withUnit);
    }

    private static BigDecimal readWeight(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal weight = new BigDecimal(TableText.compact(text));
            if (!DecimalLimits.fits(weight)) {
                errors.add(FieldError.of(IndicatorColumn.WEIGHT, "权重 '" + text + "' " + DecimalLimits.RULE));
                return null;
            }
            if (weight.signum() >= 0) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below, together with the negative case
        }
        errors.add(FieldError.of(IndicatorColumn.WEIGHT, "权重 '" + text + "' is not a number of 0 or more"));
        return null;
    }
}
