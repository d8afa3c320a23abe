package cn.perfeval.scoring.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record a finding points at: its kind, its id, and a name people recognise. */
@Schema(name = "ValidationRecord")
public record RecordRef(
        @Schema(example = "indicator") String type,
        @Schema(example = "0b0f6f0e-6d1a-3c55-9d43-3f1d7f1c2a10") String id,
        @Schema(example = "公积金归集额") String name) {
}
