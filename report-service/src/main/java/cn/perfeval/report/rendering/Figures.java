package cn.perfeval.report.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the seed report writes numbers and dates: points as few digits as needed, amounts grouped with 2 decimals,
 * rates in %, dates as 2023年7月31日. Every report the service renders writes them this way.
 */
public final class Figures {

    private Figures() {
    }

    /** 46.00 → "46", 0.50 → "0.5", 49.54 → "49.54". */
    public static String points(BigDecimal points) {
        if (points == null) {
            return "—";
        }
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * 21443.8 → "21,443.80". Amounts arrive with at most 2 decimals (万元 to the cent); should a producer send more,
     * HALF_UP to 2 is how the seed's figures are rounded.
     */
    public static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 98.93 → "98.93%", 95.4 → "95.40%" (rates already rounded by their producer; HALF_UP to 2 otherwise). */
    public static String percent(BigDecimal rate) {
        return rate.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 2023-07-31 → "2023年7月31日", as official documents write dates. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static final String[] CHINESE_DIGITS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

    /** 1 → "一", 10 → "十", 12 → "十二", for 一是/二是 and （一）（二）. */
    public static String chinese(int n) {
        if (n <= 10) {
            return CHINESE_DIGITS[n - 1];
        }
        if (n < 20) {
            return "十" + CHINESE_DIGITS[n - 11];
        }
        return Integer.toString(n);
    }
}
