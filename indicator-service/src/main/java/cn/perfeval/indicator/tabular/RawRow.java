package cn.perfeval.indicator.tabular;

import java.util.List;

/** A row of cell texts as a source delivers it, before any meaning is given to it. */
record RawRow(String sheet, int rowNumber, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(TableText::isBlank);
    }
}
