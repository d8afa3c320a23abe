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
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Indicator-service's reading of actuals as written (base URL: {@code quarkus.rest-client.indicator.url}). */
@RegisterRestClient(configKey = "indicator")
@Path("/api/v1/departments/{dept}/years/{year}/indicators/actual-readings")
interface IndicatorServiceClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Reading> read(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(Correlation.HEADER) String correlationId, Request request);

    /** An error answer becomes the problem to give the caller (reading its body, hence blocking). */
    @ClientExceptionMapper
    @Blocking
    static RuntimeException toProblem(Response response) {
        // indicator-service names a value actuals.<id>; here it was sent as actualsAsWritten.<id>
        return OtherServiceProblems.of(response.getStatus(), response.readEntity(String.class),
                IndicatorReadings.ASKED, field -> "actualsAsWritten." + field.replaceFirst("^actuals\\.", ""));
    }

    /** Indicator id → the actual as written. */
    record Request(Map<String, String> actuals) {
    }

    /** One actual as indicator-service reads it: the number in the indicator's base unit. */
    record Reading(String text, BigDecimal value, String unit) {
    }
}
