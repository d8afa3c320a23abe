package cn.perfeval.testinfra;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The package boundaries every service keeps, checked by each service's {@code ArchitectureTest} on its compiled
 * main classes (ddd-by-examples/library keeps its domain free of Spring the same way).
 *
 * <p>A <em>framework</em> here is whatever runs or configures the code from outside: the container and its
 * annotations (Jakarta EE, CDI, JAX-RS, JPA, Bean Validation, transactions), Quarkus, MicroProfile and SmallRye,
 * Hibernate, Vert.x, Kafka and JBoss logging. Plain libraries a pure function may call (Jackson to read YAML or
 * JSON, Apache POI and Commons CSV to read a table) are not frameworks: they are called, they do not call in.
 * Bean Validation's constraint annotations ({@code @Size}, {@code @Pattern}) on a domain record that is also a
 * request body are allowed: they only declare a record's limits for whoever validates it at the edge, and the
 * domain code neither runs nor needs a validator.
 */
public final class ArchitectureRules {

    static final String[] FRAMEWORK_PACKAGES = {
        "jakarta..", "javax.inject..", "javax.transaction..", "javax.persistence..", "io.quarkus..",
        "org.eclipse.microprofile..", "io.smallrye..", "org.hibernate..", "io.vertx..", "org.apache.kafka..",
        "org.jboss.."
    };

    static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";

    private ArchitectureRules() {
    }

    /** The service's production classes, without its tests. */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** Fails naming each class in the given packages (ArchUnit patterns, e.g. {@code "..engine.."}) that uses a framework. */
    public static void assertFrameworkFree(JavaClasses classes, String... packages) {
        noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORK_PACKAGES)
                        .and(DescribedPredicate.not(resideInAnyPackage("jakarta.validation.constraints..",
                                "jakarta.validation")))
                        .as("a framework (constraint annotations aside)"))
                .because("domain logic is plain Java, unit-testable without a container")
                .check(classes);
    }

    /**
     * Fails naming each class that reads a setting through {@code @ConfigProperty}: settings are typed
     * {@code @ConfigMapping} interfaces, one per concern beside the code that uses them, where each has its default,
     * its meaning and unit, and the range a bad value fails startup with.
     */
    public static void assertTypedConfiguration(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(CONFIG_PROPERTY)
                .because("settings are read through @ConfigMapping interfaces (defaults, meaning, unit, validated range)")
                .check(classes);
    }

    /**
     * Fails naming each cycle between the Java packages under {@code rootPackage}. A service whose cycles are not
     * broken yet lists the dependencies that close them as {@code known}: any further cycle still fails, and a
     * known one is removed from the list when it is broken.
     */
    public static void assertNoPackageCycles(JavaClasses classes, String rootPackage, KnownCycle... known) {
        SliceRule rule = slices().matching(rootPackage + ".(**)")
                .should().beFreeOfCycles()
                .because("dependencies point from rest and messaging to services to domain");
        for (KnownCycle cycle : known) {
            rule = rule.ignoreDependency(resideInAPackage(cycle.from()), resideInAPackage(cycle.to()));
        }
        rule.check(classes);
    }

    /**
     * A dependency that closes a package cycle not broken yet: from the classes of package {@code from} to those of
     * {@code to} (full names), and why it is there.
     */
    public record KnownCycle(String from, String to, String why) {
    }
}
