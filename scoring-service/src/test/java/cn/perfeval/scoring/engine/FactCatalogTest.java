package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FactCatalogTest {

    @Test
    void everyKeyIsDocumentedAndFollowsTheNamingScheme() {
        assertThat(FactCatalog.all()).allSatisfy(definition -> {
            assertThat(definition.key()).matches("(budget|assets|procurement|rectification)(\\.[a-z][A-Za-z]*)+");
            assertThat(definition.meaning()).isNotBlank();
            assertThat(definition.unit()).isNotBlank();
            // scoring-service's own facts are its own areas' (rectification tasks); the rest come from budget-service
            assertThat(definition.producer()).isEqualTo(definition.key().startsWith("rectification.")
                    ? "scoring-service" : "budget-service");
            assertThat(definition.recordEntityType() != null).isEqualTo(definition.type() == FactType.RECORD_SET);
        });
        assertThat(FactCatalog.all()).extracting(FactDefinition::key).doesNotHaveDuplicates();
    }

    /**
     * A key no scheme reads is a key nobody would notice going stale. The one exception is read by the scheme of
     * {@code CarriedRectificationScoringTests}: the shipped 2023 scheme judges 结果应用 by hand, as the report did.
     */
    @Test
    void theShippedSchemeReadsEveryCatalogKeyButTheCarriedRectificationTasks() {
        Set<Object> read = TestSchemes.guangzhou().items().stream()
                .map(SchemeItem::params)
                .flatMap(params -> params.entrySet().stream())
                .filter(entry -> entry.getKey().toLowerCase().contains("fact") || entry.getKey().equals("recordSet"))
                .map(entry -> entry.getValue())
                .collect(Collectors.toSet());

        assertThat(read).containsExactlyInAnyOrderElementsOf(FactCatalog.all().stream().map(FactDefinition::key)
                .filter(key -> !key.equals(FactCatalog.CARRIED_RECTIFICATION)).collect(Collectors.toSet()));
    }
}
