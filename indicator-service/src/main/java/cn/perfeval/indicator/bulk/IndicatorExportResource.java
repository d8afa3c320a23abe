package cn.perfeval.indicator.bulk;

import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.indicator.domain.MeasuredValue;
import cn.perfeval.indicator.tabular.CompletedIndicator;
import cn.perfeval.indicator.tabular.CompletionTableExporter;
import cn.perfeval.indicator.tabular.IndicatorRow;
import cn.perfeval.indicator.tree.Indicator;
import cn.perfeval.indicator.tree.IndicatorMapper;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 表1 产出指标完成情况 and 表2 效益指标完成情况 as an XLSX workbook in the seed's layout. */
@Path("/api/v1/departments/{dept}/years/{year}/indicators/export.xlsx")
@SecurityRequirement(name = "bearer")
@Tag(name = "Indicators")
public class IndicatorExportResource {
    private final IndicatorMapper mapper;

    public IndicatorExportResource(IndicatorMapper mapper) {
        this.mapper = mapper;
    }

    @GET
    @Transactional
    @Produces(IndicatorImportResource.XLSX)
    @Operation(summary = "Download tables 1 and 2 (sheets 表1, 表2) with completion rates")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = IndicatorImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("dept") String dept, @PathParam("year") int year) {
        List<CompletedIndicator> rows = Indicator.<Indicator>find("departmentCode = ?1 and fiscalYear = ?2",
                Sort.by("ordinal").and("name"), dept, year).list().stream().map(this::completed).toList();
        StreamingOutput body = out -> new CompletionTableExporter().write(rows, out);
        return Response.ok(body, IndicatorImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + dept + "-" + year + "-indicators.xlsx\"")
                .build();
    }

    private CompletedIndicator completed(Indicator indicator) {
        MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
        MeasuredValue actual = indicator.actualText == null ? null
                : target.isQualitative() ? MeasuredValue.qualitative(indicator.actualText)
                : MeasuredValue.parseActual(indicator.actualText);
        IndicatorRow row = new IndicatorRow(IndicatorCategory.valueOf(indicator.level1), indicator.level2, indicator.name,
                indicator.periodTargetText == null ? null : MeasuredValue.parseTarget(indicator.periodTargetText),
                target, actual, indicator.weight, indicator.calculationNote);
        return new CompletedIndicator(row, mapper.completionOf(indicator));
    }
}
