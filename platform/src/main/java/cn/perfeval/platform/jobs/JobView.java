package cn.perfeval.platform.jobs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A background job's progress: how many of its items are done or failed, and the first errors. */
@Schema(name = "BackgroundJob")
public record JobView(
        @Schema(required = true) UUID id,
        @Schema(example = "scheme-rescore", required = true) String kind,
        @Schema(description = "What the job is about: a scheme version, a calendar year", example = "guangzhou-2023:2",
                required = true) String subject,
        @Schema(description = "RUNNING; DONE when every item was processed; FAILED when every item was tried and some "
                + "failed", example = "RUNNING", required = true) String state,
        @Schema(example = "10000", required = true) long total,
        @Schema(example = "4200", required = true) long done,
        @Schema(example = "0", required = true) long failed,
        @Schema(example = "admin", required = true) String startedBy,
        @Schema(required = true) OffsetDateTime startedAt,
        @Schema(nullable = true, description = "null while the job runs") OffsetDateTime finishedAt,
        @Schema(maxItems = Jobs.ERRORS_SHOWN, required = true) List<ItemError> errors) {

    /** An item that failed and why. */
    @Schema(name = "BackgroundJobItemError")
    public record ItemError(@Schema(example = "GZHPF:2023", maxLength = 300) String item,
            @Schema(description = "The failure's message, cut at " + JobBatches.ERROR_LENGTH + " characters",
                    maxLength = JobBatches.ERROR_LENGTH) String error) {
    }
}
