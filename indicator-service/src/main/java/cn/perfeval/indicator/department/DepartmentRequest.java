package cn.perfeval.indicator.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRequest")
public record DepartmentRequest(
        @NotBlank @Size(max = 200) @Schema(example = "广州住房公积金管理中心") String name,
        @Size(max = 20000) @Schema(description = "部门职能 as the report should quote it") String functions) {
}
