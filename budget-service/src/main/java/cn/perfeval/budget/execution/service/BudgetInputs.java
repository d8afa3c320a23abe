package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.facts.Evaluations;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.facts.Versioned;
import cn.perfeval.budget.messaging.FactSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/**
 * Writes of the budget inputs other than the expenditure ledger. Each write stores the records, then assembles
 * the evaluation's facts, which checks the new records against everything else (dates in the fiscal year, an
 * expenditure naming a project that the new project list drops …) and rolls the whole write back if not, and
 * finally republishes the snapshots that changed. A write that names the version it read ({@code expectedVersion},
 * from If-Match; null: none) is refused before anything is written when the kind has changed since.
 */
@ApplicationScoped
public class BudgetInputs {

    private final Evaluations evaluations;
    private final FactStore store;
    private final BudgetFactsAssembler assembler;
    private final FactSnapshots snapshots;

    public BudgetInputs(Evaluations evaluations, FactStore store, BudgetFactsAssembler assembler, FactSnapshots snapshots) {
        this.evaluations = evaluations;
        this.store = store;
        this.assembler = assembler;
        this.snapshots = snapshots;
    }

    @Transactional
    public <T> Versioned<List<T>> replace(String dept, int year, FactKind kind, List<T> lines, Function<T, String> id,
                                          Class<T> type, Long expectedVersion, String actor) {
        write(dept, year, kind, expectedVersion, () -> store.replaceAll(dept, year, kind, lines, id, actor));
        return store.versionedList(dept, year, kind, type);
    }

    @Transactional
    public <T> Versioned<T> put(String dept, int year, FactKind kind, T document, Long expectedVersion, String actor) {
        write(dept, year, kind, expectedVersion, () -> store.putDocument(dept, year, kind, document, actor));
        return new Versioned<>(document, store.sectionVersion(dept, year, kind).orElseThrow());
    }

    /** Removes the document of a singleton kind; returns the kind's new version. */
    @Transactional
    public long clear(String dept, int year, FactKind kind, Long expectedVersion) {
        write(dept, year, kind, expectedVersion, () -> store.removeDocument(dept, year, kind));
        return store.sectionVersion(dept, year, kind).orElseThrow();
    }

    private void write(String dept, int year, FactKind kind, Long expectedVersion, Runnable change) {
        evaluations.lock(dept, year);
        store.requireSectionVersion(dept, year, kind, expectedVersion);
        change.run();
        assembler.assemble(dept, year);
        snapshots.refresh(dept, year);
    }
}
