package cn.perfeval.testinfra;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The rule each service's ArchitectureTest runs against {@code @ConfigProperty} catches the annotation wherever an
 * injection can carry it, and platform (a jar the services' rules do not import) keeps it too.
 */
class TypedConfigurationRuleTest {

    static class ConstructorParameter {
        ConstructorParameter(@ConfigProperty(name = "perfeval.example.delay", defaultValue = "PT1S") Duration delay) {
        }
    }

    static class Field {
        @ConfigProperty(name = "perfeval.example.delay")
        Duration delay;
    }

    @Test
    void aConstructorParameterReadThroughConfigPropertyFails() {
        assertThatThrownBy(() -> ArchitectureRules.assertTypedConfiguration(
                new ClassFileImporter().importClasses(ConstructorParameter.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ConfigProperty");
    }

    @Test
    void aFieldReadThroughConfigPropertyFails() {
        assertThatThrownBy(() -> ArchitectureRules.assertTypedConfiguration(
                new ClassFileImporter().importClasses(Field.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ConfigProperty");
    }

    @Test
    void platformReadsItsSettingsThroughConfigMappings() {
        assertThatCode(() -> ArchitectureRules.assertTypedConfiguration(
                new ClassFileImporter().importPackages("cn.perfeval.platform"))).doesNotThrowAnyException();
    }
}
