package cn.perfeval.indicator.department;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRequest")
public record DepartmentRequest(
        @NotBlank @Size(max = TextLimits.NAME) @SingleLine @Schema(example = "广州住房公积金管理中心") String name,
        @Size(max = TextLimits.NARRATIVE) @MultiLine @Schema(description = "部门职能 as the report should quote it") String functions) {
}
