package cn.perfeval.budget;

import cn.perfeval.testinfra.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Budget figures, the execution pace, the working-day calendar and the timeliness rules use no framework, and no package cycle hides in the service (what counts as a framework: {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.budget");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.budget");
    }

    @Test
    void figuresCalendarAndTimelinessArePlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.budget.execution.domain..",
                "cn.perfeval.budget.execution.pace..",
                "cn.perfeval.budget.procurement.calendar", "cn.perfeval.budget.procurement.timeliness..");
    }

    @Test
    void settingsAreTypedConfigMappings() {
        ArchitectureRules.assertTypedConfiguration(CLASSES);
    }
}
