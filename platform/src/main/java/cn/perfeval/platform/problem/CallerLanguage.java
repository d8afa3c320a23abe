package cn.perfeval.platform.problem;

import java.util.List;
import java.util.Locale;

/**
 * Whether a caller reads Chinese: its Accept-Language prefers Chinese to English (the workbench sends zh-CN).
 * Integrators, who send none or English, read English.
 */
public final class CallerLanguage {

    private CallerLanguage() {
    }

    /** The first of Chinese and English in the caller's order of preference is Chinese. */
    public static boolean prefersChinese(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("zh")) {
                return true;
            }
            if (locale.getLanguage().equals("en") || locale.getLanguage().equals("*")) {
                return false;
            }
        }
        return false;
    }
}
