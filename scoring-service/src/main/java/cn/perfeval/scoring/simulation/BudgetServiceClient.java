package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.correlation.Correlation;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Budget-service's verdict previews (base URL: {@code quarkus.rest-client.budget.url}). */
@RegisterRestClient(configKey = "budget")
@Path("/api/v1/departments/{dept}/years/{year}/procurement/verdict-previews")
interface BudgetServiceClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    VerdictPreview preview(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(Correlation.HEADER) String correlationId, ProcurementDates dates);

    /** An error answer becomes the problem to give the caller (reading its body, hence blocking). */
    @ClientExceptionMapper
    @Blocking
    static RuntimeException toProblem(Response response) {
        return ProcurementVerdicts.problemFor(response.getStatus(), response.readEntity(String.class));
    }
}
