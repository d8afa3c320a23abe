package cn.perfeval.scoring.judgement;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verdict on a judgement item: the points, why, and the evidence behind it (a document, a URL, or both). */
@Schema(name = "JudgementRequest")
public record JudgementRequest(
        @NotNull @DecimalMin("0") @Schema(example = "2") BigDecimal points,
        @NotBlank @Size(max = TextLimits.TEXT) @MultiLine @Schema(example = "2023年度未发现本部门存在重大经济损失，未发现存在违反国家相关法律法规的情况。") String text,
        @Size(max = TextLimits.NAME) @SingleLine @Schema(example = "《广州住房公积金管理中心经费管理工作指引》") String evidenceDocument,
        @Size(max = TextLimits.TEXT) @SingleLine String evidenceUrl,
        LocalDate evidenceDate) {
}
