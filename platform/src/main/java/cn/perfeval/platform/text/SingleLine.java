package cn.perfeval.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A one-line text: no control character at all (no newline, tab, NUL, escape, DEL, C1 codes). */
@Documented
@Constraint(validatedBy = ControlCharacters.SingleLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default ControlCharacters.SINGLE_LINE_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
