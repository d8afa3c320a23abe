package cn.perfeval.budget;

import cn.perfeval.testinfra.ArchitectureRules;
import cn.perfeval.testinfra.ArchitectureRules.KnownCycle;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Budget figures, the execution pace, the working-day calendar and the timeliness rules use no framework, and no package cycle hides in the service (what counts as a framework: {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final String MESSAGING = "cn.perfeval.budget.messaging";

    /** Not broken yet: the snapshot builders in messaging read the services that ask them to refresh. */
    private static final KnownCycle[] KNOWN_CYCLES = {
        new KnownCycle("cn.perfeval.budget.facts", "cn.perfeval.budget.rest", "FactStore.versionedPage builds a ListPage"),
        new KnownCycle(MESSAGING, "cn.perfeval.budget.execution.service", "BudgetSnapshotBuilder reads BudgetFactsAssembler"),
        new KnownCycle(MESSAGING, "cn.perfeval.budget.procurement.service",
                "ProcurementSnapshotBuilder reads TimelinessVerdicts"),
        new KnownCycle("cn.perfeval.budget.procurement.calendar.service", "cn.perfeval.budget.procurement.service",
                "CalendarPublishing re-judges procurement through ProcurementWrites")
    };

    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("cn.perfeval.budget");

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.assertNoPackageCycles(CLASSES, "cn.perfeval.budget", KNOWN_CYCLES);
    }

    @Test
    void figuresCalendarAndTimelinessArePlainJava() {
        ArchitectureRules.assertFrameworkFree(CLASSES, "cn.perfeval.budget.execution.domain..",
                "cn.perfeval.budget.execution.pace..",
                "cn.perfeval.budget.procurement.calendar", "cn.perfeval.budget.procurement.timeliness..");
    }
}
