package cn.perfeval.testinfra;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;

/**
 * Reads a {@code @ConfigMapping} from the given properties and its defaults, validated as Quarkus validates it at
 * startup (Quarkus's converters, so {@code 50ms} is a duration and {@code 10M} a size; Bean Validation on the mapping's
 * methods), without starting a service.
 */
public final class ValidatedSettings {

    private ValidatedSettings() {
    }

    public static <T> T read(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(mapping)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withValidator(new BeanValidationConfigValidator() {
                    @Override
                    public Validator getValidator() {
                        return Validation.buildDefaultValidatorFactory().getValidator();
                    }
                }).withDefaultValues(properties).build().getConfigMapping(mapping);
    }
}
