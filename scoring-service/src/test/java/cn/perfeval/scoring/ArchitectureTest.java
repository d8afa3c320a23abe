package cn.perfeval.scoring;

import cn.perfeval.testinfra.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The scoring engine (scheme + facts → scorecard) and the monitoring computation use no framework, and no package cycle hides in the service (what counts as a framework: {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.scoring");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.scoring");
    }

    @Test
    void engineIsPlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.scoring.engine..");
    }

    @Test
    void monitoringComputationIsPlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.scoring.monitoring.domain..");
    }

    @Test
    void settingsAreTypedConfigMappings() {
        ArchitectureRules.assertTypedConfiguration(CLASSES);
    }
}
