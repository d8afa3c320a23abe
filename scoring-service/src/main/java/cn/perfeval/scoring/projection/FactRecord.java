package cn.perfeval.scoring.projection;

import com.fasterxml.jackson.databind.JsonNode;

/** One projected source entity: its type, id, version and the full state its last event carried. */
public record FactRecord(String entityType, String entityId, String departmentCode, int fiscalYear, long version,
        boolean deleted, JsonNode payload) {
}
