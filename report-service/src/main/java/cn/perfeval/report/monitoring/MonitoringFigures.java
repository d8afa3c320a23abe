package cn.perfeval.report.monitoring;

import cn.perfeval.report.rendering.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monitoring report's figures in the self-evaluation report's notation ({@link Figures}), plus what monitoring
 * adds: a figure whose input is missing (null in the round) reads "—", and a light reads as its word, so a reader
 * who cannot tell the colours (or prints in black and white) still knows it.
 */
final class MonitoringFigures {

    static final String MISSING = "—";

    private static final Map<String, String> LIGHT_WORDS = Map.of("GREEN", "绿", "YELLOW", "黄", "RED", "红", "NONE", "无");

    private MonitoringFigures() {
    }

    /** 10240.5 → "10,240.50万元". */
    static String money(BigDecimal amount) {
        return amount == null ? MISSING : Figures.amount(amount) + "万元";
    }

    /** 10240.5 → "10,240.50", for a table whose header names the unit. */
    static String amount(BigDecimal amount) {
        return amount == null ? MISSING : Figures.amount(amount);
    }

    /** 47.07 → "47.07%". */
    static String percent(BigDecimal rate) {
        return rate == null ? MISSING : Figures.percent(rate);
    }

    /** GREEN → 绿, YELLOW → 黄, RED → 红; NONE or no light (a missing input) → 无. */
    static String light(String light) {
        return light == null ? LIGHT_WORDS.get("NONE") : LIGHT_WORDS.getOrDefault(light, light);
    }

    /** ", 落后11.26个百分点" / "，超前2.00个百分点" / "，与应达到进度持平"; nothing when it cannot be computed. */
    static String behind(BigDecimal behindPoints) {
        if (behindPoints == null) {
            return "";
        }
        String points = behindPoints.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return switch (behindPoints.signum()) {
            case 1 -> "，落后" + points + "个百分点";
            case -1 -> "，超前" + points + "个百分点";
            default -> "，与应达到进度持平";
        };
    }

    /** A text the round may lack, such as a forecast or a judgement. */
    static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }

    /** A list of the round as the report reads it: absent is empty, and a null entry is skipped, never a failure. */
    static <T> List<T> entries(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
