package cn.perfeval.platform.problem;

/**
 * A message for a person, written in both languages the services answer in: English for integrators, Chinese for
 * the workbench's zh-CN users. The code that rejects something builds it from a {@link MessageTemplate}; the problem
 * answer picks one text by the caller's Accept-Language ({@link CallerLanguage}), so a domain message is never
 * translated afterwards by matching its English.
 *
 * @param key     which message this is (the catalogue's name for it), stable across wordings
 * @param english the text an integrator reads
 * @param chinese the text a zh-CN user reads
 */
public record Message(String key, String english, String chinese) {

    public String in(boolean inChinese) {
        return inChinese ? chinese : english;
    }

    /** The English text: what logs and exception messages show. */
    @Override
    public String toString() {
        return english;
    }
}
