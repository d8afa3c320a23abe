package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One validation rule as its scheme's rule file states it. The message is zh-CN; {name} stands for the record's
 * name and {value} for the value the rule read.
 */
@Schema(name = "ValidationRule")
public record ValidationRule(
        @Schema(example = "indicator-actual-missing") String id,
        @Schema(example = "blocking") Severity severity,
        @Schema(example = "指标“{name}”尚未填报完成值") String message,
        @Schema(example = "indicator-without-actual") String kind,
        @Schema(description = "the thresholds and lists the kind reads") JsonNode params,
        @JsonIgnore Check check) {

    List<Hit> find(EvaluationInputs inputs) {
        return check.find(inputs);
    }

    String messageFor(Hit hit) {
        return message.replace("{name}", hit.record().name()).replace("{value}", hit.value() == null ? "" : hit.value());
    }
}
