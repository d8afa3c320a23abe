package cn.perfeval.scoring.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/audit.csv")
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
public class AuditCsvResource {

    static final String CSV = "text/csv; charset=UTF-8";
    /** Entries read per database round trip while streaming: memory holds one batch, however long the log. */
    static final int BATCH = 500;

    private final AuditLog log;

    public AuditCsvResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The whole filtered audit log as CSV for Excel (UTF-8 with BOM), newest first, streamed; "
            + "page and size are ignored")
    @APIResponse(responseCode = "200", description = "The entries as CSV, one per line after the header", content =
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response auditCsv(@PathParam("dept") @Parameter(example = "GZHPF") String dept,
            @PathParam("year") @Parameter(example = "2023") int year, @BeanParam AuditQueryParameters query) {
        AuditFilter filter = query.filter();
        // page and size do not apply to the whole log, but a malformed one is refused as `audit` refuses it
        query.pageNumber();
        query.pageSize();
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            AuditCsv.writeHeader(out);
            AuditLog.Cursored cursor = null;
            List<AuditLog.Cursored> batch;
            do {
                AuditLog.Cursored after = cursor;
                batch = QuarkusTransaction.requiringNew().call(() -> log.after(dept, year, filter, after, BATCH));
                for (AuditLog.Cursored entry : batch) {
                    AuditCsv.write(out, entry.entry());
                    cursor = entry;
                }
                out.flush();
            } while (batch.size() == BATCH);
        };
        return Response.ok(body, CSV).header("Content-Disposition",
                "attachment; filename=\"audit-" + year + ".csv\"").build();
    }
}
