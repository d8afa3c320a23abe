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
            assertThat(definition.key()).matches("(budget|assets|procurement)(\\.[a-z][A-Za-z]*)+");
            assertThat(definition.meaning()).isNotBlank();
            assertThat(definition.unit()).isNotBlank();
            assertThat(definition.producer()).isEqualTo("budget-service");
            assertThat(definition.recordEntityType() != null).isEqualTo(definition.type() == FactType.RECORD_SET);
        });
        assertThat(FactCatalog.all()).extracting(FactDefinition::key).doesNotHaveDuplicates();
    }

    @Test
    void theShippedSchemeReadsEveryCatalogKey() {
        // A key no scheme reads is a key nobody would notice going stale.
        Set<Object> read = TestSchemes.guangzhou().items().stream()
                .map(SchemeItem::params)
                .flatMap(params -> params.entrySet().stream())
                .filter(entry -> entry.getKey().toLowerCase().contains("fact") || entry.getKey().equals("recordSet"))
                .map(entry -> entry.getValue())
                .collect(Collectors.toSet());

        assertThat(read).containsExactlyInAnyOrderElementsOf(
                FactCatalog.all().stream().map(FactDefinition::key).collect(Collectors.toSet()));
    }
}
