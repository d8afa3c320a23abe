package cn.perfeval.scoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/samples/monitoring-round.json, which report-service codes against, is a valid round event; so the sample
 * and /schemas/monitoring-round-v1.json cannot drift apart, and the schema refuses what a consumer could not read.
 * The indicator events the component tests send match indicator-service's schema (budget-service's pace schema is
 * written in parallel with this package: its contract test belongs with it).
 */
class MonitoringRoundSampleTest {

    private static final EventSchemas SCHEMAS = EventSchemas.published();

    private static ObjectNode sample() throws IOException {
        Path sample = Path.of(System.getProperty(EventSchemas.PROJECT_DIR), "docs", "samples", "monitoring-round.json");
        return (ObjectNode) new ObjectMapper().readTree(sample.toFile());
    }

    @Test
    void theDocumentedSampleIsAValidRoundEvent() throws IOException {
        assertThat(SCHEMAS.validate(RoundComputer.SCHEMA.toString(), sample())).isEmpty();
    }

    @Test
    void theIndicatorsTheTestsSendMatchIndicatorServicesSchema() {
        EventSchemas indicatorService = EventSchemas.of("indicator-service");
        assertThat(indicatorService.validate("/schemas/indicator-v1.json", MonitoringEvents.loans("GZHPF"))).isEmpty();
        assertThat(indicatorService.validate("/schemas/indicator-v1.json", MonitoringEvents.collection("GZHPF"))).isEmpty();
    }

    @Test
    void aRoundWithoutItsLightCountsOrWithAnUnknownLightIsRefused() throws IOException {
        ObjectNode withoutCounts = sample();
        withoutCounts.remove("lightCounts");
        assertThat(SCHEMAS.validate(RoundComputer.SCHEMA.toString(), withoutCounts)).isNotEmpty();

        ObjectNode unknownLight = sample();
        ((ObjectNode) unknownLight.at("/budgetPace/department")).put("light", "AMBER");
        JsonNode checked = unknownLight;
        assertThat(SCHEMAS.validate(RoundComputer.SCHEMA.toString(), checked)).isNotEmpty();
    }
}
