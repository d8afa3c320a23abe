package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.MonitoredIndicator;
import cn.perfeval.scoring.monitoring.domain.PaceFacts;
import cn.perfeval.scoring.projection.FactEventType;
import cn.perfeval.scoring.projection.FactRecord;
import java.util.List;
import java.util.Optional;

/** The facts of an evaluation a round reads from the projection: the execution pace and the indicators. */
record MonitoringFacts(PaceFacts pace, List<MonitoredIndicator> indicators) {

    static MonitoringFacts of(List<FactRecord> records) {
        PaceFacts pace = records.stream().filter(r -> r.entityType().equals(FactEventType.BUDGET_PACE)).findFirst()
                .map(r -> PaceFacts.read(r.payload())).orElse(null);
        List<MonitoredIndicator> indicators = records.stream()
                .filter(r -> r.entityType().equals(FactEventType.INDICATOR))
                .map(r -> MonitoredIndicator.read(r.entityId(), r.payload())).toList();
        return new MonitoringFacts(pace, indicators);
    }

    Optional<MonitoredIndicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    boolean hasProject(String code) {
        return pace != null && pace.projects().stream().anyMatch(p -> p.code().equals(code));
    }
}
