package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The evidence that a task is done: what was done, and optionally where the proof is published. */
@Schema(name = "CloseRectificationTaskRequest")
public record CloseTaskRequest(
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine
        @Schema(example = "已建立合同签订时限台账，2024年1-5月新签合同12份均在30日内签订。") String evidence,
        @Size(max = TextLimits.TEXT) @SingleLine @Pattern(regexp = HTTPS_URL, message = "must be an https:// URL")
        @Schema(example = "https://zfcg.gz.gov.cn/contracts/2024", nullable = true) String evidenceUrl) {

    /** An https URL naming a host; no spaces. */
    static final String HTTPS_URL = "https://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?([/?#]\\S*)?";
}
