package cn.perfeval.budget.rest;

import cn.perfeval.budget.execution.domain.InvalidBudgetDataException;
import cn.perfeval.budget.procurement.calendar.InvalidCalendarException;
import cn.perfeval.budget.procurement.calendar.NoCalendarException;
import cn.perfeval.budget.procurement.timeliness.InvalidTimelinessInputException;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemExceptionMappers;
import cn.perfeval.platform.problem.ProblemResponses;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the domain's own rejections into problem documents naming the field (and line), so the domain packages
 * stay free of HTTP. Domain records are also the request bodies of several endpoints: a constructor that rejects
 * its input during JSON binding surfaces as a {@link ValueInstantiationException} wrapping the domain exception.
 */
public class DomainProblemMappers {

    private static final ProblemExceptionMappers PLATFORM = new ProblemExceptionMappers();

    @ServerExceptionMapper
    public Response invalidBudgetData(InvalidBudgetDataException e, UriInfo uri, HttpHeaders headers) {
        return PLATFORM.problem(ProblemException.validation(e.field(), e.fieldMessage()), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidTimelinessInput(InvalidTimelinessInputException e, UriInfo uri) {
        return validation(e.field(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidCalendar(InvalidCalendarException e, UriInfo uri) {
        return validation(e.field(), e.getMessage(), uri);
    }

    /** A date in a year without a calendar cannot be judged yet: the request is fine, the service lacks data. */
    @ServerExceptionMapper
    public Response noCalendar(NoCalendarException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNPROCESSABLE, e.getMessage(),
                List.of(new Problem.FieldError("calendar[" + e.year() + "]", "no working-day calendar for " + e.year())),
                uri.getPath());
    }

    /**
     * The JSON body reader reports a Jackson error as a plain 400 WebApplicationException with the Jackson
     * exception as its cause; when that cause is a domain constructor's rejection, answer with its field. Every
     * other case is left to the platform's mapper, unchanged.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response bodyRejected(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ValueInstantiationException rejected) {
                return constructorRejected(rejected, uri, headers);
            }
        }
        return PLATFORM.webApplication(e, uri);
    }

    @ServerExceptionMapper
    public Response constructorRejected(ValueInstantiationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidBudgetDataException budget) {
            return invalidBudgetData(budget, uri, headers);
        }
        if (cause instanceof InvalidTimelinessInputException timeliness) {
            return invalidTimelinessInput(timeliness, uri);
        }
        if (cause instanceof InvalidCalendarException calendar) {
            return invalidCalendar(calendar, uri);
        }
        return ProblemResponses.of(ProblemType.VALIDATION, e.getOriginalMessage(), List.of(), uri.getPath());
    }

    private static Response validation(String field, String message, UriInfo uri) {
        return ProblemResponses.of(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)),
                uri.getPath());
    }
}
