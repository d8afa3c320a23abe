package cn.perfeval.indicator;

import cn.perfeval.testinfra.ArchitectureRules;
import cn.perfeval.testinfra.ArchitectureRules.KnownCycle;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Value parsing, completion rates and table reading use no framework, and no package cycle hides in the service (what counts as a framework: {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final String MESSAGING = "cn.perfeval.indicator.messaging";

    /** Not broken yet: the one publisher in messaging takes each package's view, and a department reads indicators. */
    private static final KnownCycle[] KNOWN_CYCLES = {
        new KnownCycle(MESSAGING, "cn.perfeval.indicator.department", "IndicatorEvents publishes DepartmentView"),
        new KnownCycle(MESSAGING, "cn.perfeval.indicator.tree", "IndicatorEvents publishes IndicatorView"),
        new KnownCycle(MESSAGING, "cn.perfeval.indicator.goals", "IndicatorEvents publishes GoalsView"),
        new KnownCycle("cn.perfeval.indicator.department", "cn.perfeval.indicator.tree",
                "DepartmentResource republishes the department for each year that has indicators")
    };

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.indicator");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.indicator", KNOWN_CYCLES);
    }

    @Test
    void valuesAndTablesArePlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.indicator.domain..", "cn.perfeval.indicator.tabular..");
    }
}
