package cn.perfeval.indicator.bench;

import java.nio.charset.StandardCharsets;

/**
 * An indicator table of any size in the seed's columns: rows spread over 产出指标 and 效益指标, a level-2 group per
 * 100 rows, a quantitative target (≥85%) and an actual between 80.5% and 109.5%, so every row is valid and each
 * row's completion is computed.
 */
final class GeneratedTable {

    private static final String HEADER = "一级指标,二级指标,三级指标,实施周期指标值,年度指标值,完成指标值\n";

    private GeneratedTable() {
    }

    static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(i % 3 == 0 ? "效益指标" : "产出指标").append(",分组").append(i / 100).append(",指标").append(i)
                    .append(",≥85%,≥85%,").append(80 + i % 30).append(".5%\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
