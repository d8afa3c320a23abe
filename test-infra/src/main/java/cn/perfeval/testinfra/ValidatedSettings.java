package cn.perfeval.testinfra;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;

/**
 * Reads a {@code @ConfigMapping} from the given properties and its defaults, validated as Quarkus validates it at
 * startup (Bean Validation on the mapping's methods), without starting a service.
 */
public final class ValidatedSettings {

    private ValidatedSettings() {
    }

    public static <T> T read(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(mapping).withValidator(new BeanValidationConfigValidator() {
            @Override
            public Validator getValidator() {
                return Validation.buildDefaultValidatorFactory().getValidator();
            }
        }).withDefaultValues(properties).build().getConfigMapping(mapping);
    }
}
