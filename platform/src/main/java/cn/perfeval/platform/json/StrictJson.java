package cn.perfeval.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is read as written or refused, for every body every service binds (issue 13). Jackson's defaults guess
 * instead: a date sent as a number became an epoch day (year 57358), {@code ""} for a date or a number became
 * {@code null} (read as "not filed", which changes the score), {@code 1.5} for an integer was truncated, text after
 * the value was ignored, a {@code null} in a list reached code that cannot hold one, and a lone surrogate
 * ({@code "\\ud800"}) was stored as text. Each is now an error that
 * {@code ProblemExceptionMappers} turns into a 400 problem naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** The same rules for a mapper a class builds itself (e.g. to read a document it stores as text). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // Not lenient: a LocalDate is a "yyyy-MM-dd" string only, never a number of days since 1970.
        mapper.setDefaultLeniency(false);
        for (LogicalType scalar : new LogicalType[] {LogicalType.DateTime, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(WellFormedStrings.module());
        return mapper;
    }
}
