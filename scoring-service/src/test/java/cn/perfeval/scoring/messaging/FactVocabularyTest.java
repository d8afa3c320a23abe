package cn.perfeval.scoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;
import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One fact vocabulary: the keys budget-service's fact snapshots may carry (the {@code propertyNames} enums of their
 * {@code numbers} and {@code recordSets} in its event schemas, read from its module) are exactly the keys scoring's
 * {@link FactCatalog} expects from budget-service, each of the same type. A key added, renamed or retyped on one
 * side only would otherwise be dropped or reported missing without an error.
 */
class FactVocabularyTest {

    private static final EventSchemas BUDGET_SERVICE = EventSchemas.of("budget-service");
    private static final List<String> SNAPSHOT_SCHEMAS =
            List.of(SeedEvents.BUDGET_FACTS_SCHEMA, SeedEvents.PROCUREMENT_FACTS_SCHEMA);
    private static final Map<String, FactType> SECTIONS = Map.of("numbers", FactType.NUMBER,
            "recordSets", FactType.RECORD_SET);

    @Test
    void everyKeyBudgetServicePublishesIsInTheCatalogueWithTheSameType() {
        assertThat(catalogue()).containsAllEntriesOf(published());
    }

    @Test
    void everyFactTheCatalogueExpectsFromBudgetServiceIsInItsSchemas() {
        assertThat(published()).containsAllEntriesOf(catalogue());
    }

    @Test
    void noKeyIsPublishedInTwoPlaces() {
        assertThat(publishedKeys()).doesNotHaveDuplicates();
    }

    private static Map<String, FactType> catalogue() {
        return FactCatalog.all().stream()
                .filter(definition -> definition.producer().equals("budget-service"))
                .collect(Collectors.toMap(FactDefinition::key, FactDefinition::type, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, FactType> published() {
        Map<String, FactType> keys = new TreeMap<>();
        forEachPublishedKey(keys::put);
        return keys;
    }

    private static List<String> publishedKeys() {
        List<String> keys = new ArrayList<>();
        forEachPublishedKey((key, type) -> keys.add(key));
        return keys;
    }

    private static void forEachPublishedKey(BiConsumer<String, FactType> consumer) {
        for (String schema : SNAPSHOT_SCHEMAS) {
            JsonNode properties = BUDGET_SERVICE.document(schema).path("properties");
            SECTIONS.forEach((section, type) -> {
                JsonNode names = properties.path(section).path("propertyNames").path("enum");
                assertThat(names.isArray()).as("%s %s.propertyNames.enum", schema, section).isTrue();
                names.forEach(name -> consumer.accept(name.asText(), type));
            });
        }
    }
}
