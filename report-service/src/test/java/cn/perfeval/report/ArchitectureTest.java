package cn.perfeval.report;

import cn.perfeval.testinfra.ArchitectureRules;
import cn.perfeval.testinfra.ArchitectureRules.KnownCycle;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * No package cycle hides in the service. It has no framework-free domain package of its own: rendering reads the
 * scorecard document and writes formats through the container's template engine.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.report");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.report", new KnownCycle(
                "cn.perfeval.report.publication", "cn.perfeval.report.narrative",
                "not broken yet: PublicationService reads NarrativeStore, NarrativeService republishes"));
    }
}
