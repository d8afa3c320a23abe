package cn.perfeval.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A multi-line text (narrative, notes, explanations): newline (LF, CRLF) and tab allowed, every other control character not. */
@Documented
@Constraint(validatedBy = ControlCharacters.MultiLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

    String message() default ControlCharacters.MULTI_LINE_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
