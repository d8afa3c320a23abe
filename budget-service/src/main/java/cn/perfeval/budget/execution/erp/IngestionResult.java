package cn.perfeval.budget.execution.erp;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of an ERP push: lines received, accepted and rejected; of the accepted, how many were new or
 * changed (the rest were already stored as given); a result per rejected line (the first
 * {@value ExpenditureIngestion#MAX_REPORTED_LINES}; {@code rejectedLinesTruncated} says when there were more).
 */
@Schema(name = "ExpenditureIngestionResult")
public record IngestionResult(IngestionMode mode, long received, long accepted, long rejected, long written,
                              long unchanged, List<LineResult> rejectedLines, boolean rejectedLinesTruncated) {
}
