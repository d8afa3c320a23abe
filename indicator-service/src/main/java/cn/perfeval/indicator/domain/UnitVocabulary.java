package cn.perfeval.indicator.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The base units a value may carry. It is a closed list on purpose: with free-form units, {@code 12月底前完成}
 * would silently become "12, unit 月底前完成" and be compared as a number. A unit missing here is reported by name,
 * so the list grows from real tables instead of guesses.
 */
final class UnitVocabulary {

    /** Measure words for counted things; a bare number ({@code ＞950}) is compatible with any of them. */
    private static final Set<String> COUNT_WORDS = Set.of(
            "个", "人", "人次", "户", "户次", "家", "笔", "次", "件", "项", "台", "套", "份", "篇", "条", "宗", "场",
            "场次", "批", "所", "名", "册", "辆", "座", "处", "间", "张", "本", "期", "门", "栋", "株", "棵", "只", "头",
            "班次", "架次", "课时", "部", "款", "类", "根", "块", "艘", "组", "支", "单", "例", "宗次", "批次");

    private static final Set<String> MEASURE_WORDS = Set.of(
            "%", "‰", "个百分点", "百分点", "分",
            "元",
            "平方米", "平方公里", "公里", "千米", "米", "亩", "公顷", "立方米",
            "吨", "千克", "公斤", "克", "升",
            "天", "日", "工作日", "小时", "分钟", "秒", "月", "个月", "周", "年",
            "千瓦", "千瓦时", "度");

    /** Other spellings of one unit, so that 491.72万㎡ compares with 411.30万平方米. */
    private static final Map<String, String> ALIASES = Map.of(
            "㎡", "平方米",
            "m²", "平方米",
            "平米", "平方米",
            "km²", "平方公里",
            "㎞", "公里");

    /** Technical units are written in Latin letters (GB, Mbps, ms); any short word of letters is accepted. */
    private static final Pattern LATIN_UNIT = Pattern.compile("[A-Za-z]{1,8}");

    private UnitVocabulary() {
    }

    static boolean isCountWord(String base) {
        return COUNT_WORDS.contains(base);
    }

    /** The unit written after a number, or empty when the text is not a known unit. */
    static Optional<Unit> parse(String written) {
        Magnitude magnitude = magnitudeAtStartOf(written);
        String base = written.substring(magnitude.symbol().length());
        base = ALIASES.getOrDefault(base, base);
        if (base.isEmpty() || isKnownCompound(base)) {
            return Optional.of(new Unit(magnitude, base));
        }
        return Optional.empty();
    }

    private static Magnitude magnitudeAtStartOf(String written) {
        // 万亿 before 万: the longer prefix wins.
        if (written.startsWith(Magnitude.WAN_YI.symbol())) {
            return Magnitude.WAN_YI;
        }
        if (written.startsWith(Magnitude.YI.symbol())) {
            return Magnitude.YI;
        }
        if (written.startsWith(Magnitude.WAN.symbol())) {
            return Magnitude.WAN;
        }
        return Magnitude.ONE;
    }

    /** A unit or a rate of units such as 次/年 or 元/人/月. */
    private static boolean isKnownCompound(String base) {
        for (String part : base.split("/", -1)) {
            if (!isKnownWord(ALIASES.getOrDefault(part, part))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKnownWord(String word) {
        return COUNT_WORDS.contains(word) || MEASURE_WORDS.contains(word) || LATIN_UNIT.matcher(word).matches();
    }
}
