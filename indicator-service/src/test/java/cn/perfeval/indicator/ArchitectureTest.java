package cn.perfeval.indicator;

import cn.perfeval.testinfra.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Value parsing, completion rates and table reading use no framework, and no package cycle hides in the service (what counts as a framework: {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final String MESSAGING = "cn.perfeval.indicator.messaging";

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.indicator");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.indicator");
    }

    @Test
    void valuesAndTablesArePlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.indicator.domain..", "cn.perfeval.indicator.tabular..");
    }

    @Test
    void settingsAreTypedConfigMappings() {
        ArchitectureRules.assertTypedConfiguration(CLASSES);
    }
}
