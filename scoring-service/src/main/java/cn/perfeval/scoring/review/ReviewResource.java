package cn.perfeval.scoring.review;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.scoring.review.CommentView.AnswerView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bureau's review of what the department assessed itself: decisions on judgement items and qualitative grades,
 * comments per scorecard item, and the department's answers (who may do what: the access matrix). Append-only.
 */
@Path("/api/v1/departments/{dept}/years/{year}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Review", description = "Self-assessed and reviewed values, comments and answers")
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewReader reader;
    private final Caller caller;

    public ReviewResource(ReviewService reviews, ReviewReader reader, Caller caller) {
        this.reviews = reviews;
        this.reader = reader;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Self-assessed and reviewed values of the judgement items and qualitative indicators, with "
            + "every decision, and the comments with their answers")
    public ReviewView review(@PathParam("dept") String dept, @PathParam("year") int year) {
        return reader.read(dept, year);
    }

    @PUT
    @Path("/judgements/{item}")
    @Operation(summary = "Confirm or adjust the department's self-assessed points of a judgement item (an adjustment "
            + "needs points and a reason); the score counts the reviewed points until the department changes its own")
    @APIResponseSchema(value = DecisionView.class, responseDescription = "The decision as recorded")
    @APIResponse(responseCode = "404", description = "The scheme has no such item", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The department has not assessed the item yet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Points above the item's maximum, or an item scored from data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionView reviewJudgement(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("item") String item, @Valid @NotNull JudgementReviewRequest request) {
        return reviews.reviewJudgement(dept, year, item, request, caller.name());
    }

    @PUT
    @Path("/indicators/{indicatorId}")
    @Operation(summary = "Confirm or adjust the department's self-assessed grade of a qualitative indicator (an "
            + "adjustment needs a grade and a reason)")
    @APIResponseSchema(value = DecisionView.class, responseDescription = "The decision as recorded")
    @APIResponse(responseCode = "404", description = "The evaluation has no such indicator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The department has not graded the indicator yet", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A share outside the grade's band, or a quantitative indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionView reviewGrade(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("indicatorId") String indicatorId, @Valid @NotNull GradeReviewRequest request) {
        return reviews.reviewGrade(dept, year, indicatorId, request, caller.name());
    }

    @POST
    @Path("/comments")
    @Operation(summary = "Comment on one scorecard item")
    @APIResponseSchema(value = CommentView.class, responseCode = "201", responseDescription = "The comment as recorded")
    public Response comment(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(reviews.comment(dept, year, request, caller.name())).build();
    }

    @POST
    @Path("/comments/{commentId}/answers")
    @Operation(summary = "Answer a reviewer's comment")
    @APIResponseSchema(value = AnswerView.class, responseCode = "201", responseDescription = "The answer as recorded")
    @APIResponse(responseCode = "404", description = "The evaluation has no such comment", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answer(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("commentId") long commentId, @Valid @NotNull AnswerRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(reviews.answer(dept, year, commentId, request, caller.name())).build();
    }
}
