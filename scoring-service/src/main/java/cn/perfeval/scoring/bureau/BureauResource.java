package cn.perfeval.scoring.bureau;

import cn.perfeval.platform.problem.Problem;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The finance bureau's list of a year's evaluations (a province has thousands): each department's latest total,
 * grade and dimensions, sorted, filtered and paged in SQL, with the count and distributions of all that match.
 */
@Path("/api/v1/years/{year}/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bureau view")
public class BureauResource {

    private final BureauStore store;

    BureauResource(BureauStore store) {
        this.store = store;
    }

    @GET
    @Transactional
    @Operation(summary = "The departments' latest scores for a year: one page, sorted and filtered, with how many match, "
            + "how their totals fall in score bands and (items=true) how each item scored across them")
    @APIResponseSchema(value = BureauOverview.class, responseDescription = "One page of the year's evaluations")
    @APIResponse(responseCode = "400", description = "An invalid sort, grade, score range or page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BureauOverview overview(@PathParam("year") int year, @BeanParam BureauQuery query) {
        BureauQuery.Checked checked = query.check(year);
        List<Long> counts = store.countAndBands(checked);
        return new BureauOverview(year, store.page(checked), checked.withItems() ? store.items(checked) : List.of(),
                BureauStore.bands(counts),
                checked.page(), checked.size(), counts.get(0));
    }
}
