package cn.perfeval.indicator.bulk;

import cn.perfeval.indicator.tabular.IndicatorTableReader;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of the indicator table (一级指标 … 完成指标值) from CSV, XLSX or JSON, with a result per row. */
@Path("/api/v1/departments/{dept}/years/{year}/indicators/imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Indicators")
@APIResponse(responseCode = "422", description = "All-or-nothing import with bad rows: errors name row and field; nothing written",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IndicatorImportService imports;
    private final Caller caller;
    private final IndicatorTableReader reader = new IndicatorTableReader();

    public IndicatorImportResource(IndicatorImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({ "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a CSV (UTF-8 or GB18030) or XLSX table with the seed's headers")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "A result per row; in per-row mode the good rows are written")
    public ImportReport importTable(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("mode") @Parameter(description = "all-or-nothing (default) or per-row") String mode,
            @NotNull byte[] table) {
        return imports.apply(dept, year, reader.read(table), ImportMode.of(mode), caller.name(), 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import indicator rows given as JSON (same columns and rules as the table)")
    @APIResponseSchema(value = ImportReport.class, responseDescription = "A result per row; in per-row mode the good rows are written")
    public ImportReport importJson(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("mode") @Parameter(description = "all-or-nothing (default) or per-row") String mode,
            @NotNull List<IndicatorImportRow> rows) {
        return imports.apply(dept, year, reader.read(JsonTable.toCsv(rows)), ImportMode.of(mode), caller.name(),
                JsonTable.ROW_OFFSET);
    }
}
