package cn.perfeval.report;

import cn.perfeval.testinfra.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * No package cycle hides in the service. It has no framework-free domain package of its own: rendering reads the
 * scorecard document and writes formats through the container's template engine. The evaluation's lock and topic
 * live in a package of their own, so narrative (which takes the lock) and publication (which reads the narrative)
 * do not depend on each other both ways.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.report");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.report");
    }

    @Test
    void settingsAreTypedConfigMappings() {
        ArchitectureRules.assertTypedConfiguration(CLASSES);
    }
}
