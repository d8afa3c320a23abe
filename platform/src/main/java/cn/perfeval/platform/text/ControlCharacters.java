package cn.perfeval.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Control characters in stored text are refused (issue 13): they were stored and echoed, a NUL failed in
 * PostgreSQL with a 500, and an escape sequence reaches whoever prints the text. Newline (LF or CRLF, as pasted from
 * Windows) and tab are text in a paragraph, nothing else is.
 */
public final class ControlCharacters {

    public static final String SINGLE_LINE_RULE = "must not contain control characters (no newline, tab, NUL…)";
    public static final String MULTI_LINE_RULE = "must not contain control characters other than newline and tab";

    private ControlCharacters() {
    }

    public static boolean isSingleLine(CharSequence text) {
        return text == null || text.chars().noneMatch(Character::isISOControl);
    }

    public static boolean isMultiLine(CharSequence text) {
        return text == null || text.chars().noneMatch(c -> Character.isISOControl(c) && "\n\r\t".indexOf(c) < 0);
    }

    /** Validates {@link SingleLine}. */
    public static final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isSingleLine(value);
        }
    }

    /** Validates {@link MultiLine}. */
    public static final class MultiLineValidator implements ConstraintValidator<MultiLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isMultiLine(value);
        }
    }
}
