package cn.perfeval.scoring.rectification;

import cn.perfeval.scoring.scorecard.ScorecardVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the problem a task answers exists: a deduction in the evaluation's latest scorecard, or a red light of
 * one of its monitoring rounds (asked of {@link RedLightCheck}, which monitoring implements).
 */
@ApplicationScoped
class TaskSourceCheck {

    private final RedLightCheck redLights;
    private final ObjectMapper mapper;

    TaskSourceCheck(RedLightCheck redLights, ObjectMapper mapper) {
        this.redLights = redLights;
        this.mapper = mapper;
    }

    /** A 422 on {@code source.reference} unless the source exists; its format was checked by {@link SourceDates}. */
    void requireExists(String dept, int year, TaskSource source) {
        switch (source.kind()) {
            case REPORT_PROBLEM -> requireDeduction(dept, year, source.reference());
            case RED_LIGHT -> requireRedLight(dept, year, source.reference());
        }
    }

    private void requireDeduction(String dept, int year, String itemCode) {
        ScorecardVersion latest = ScorecardVersion.latest(dept, year).orElseThrow(() -> Refusals.unprocessable(
                Refusals.REFERENCE, "names a report problem, but " + dept + "/" + year + " has no scorecard yet"));
        if (!ReportProblems.hasDeduction(read(latest.snapshot), itemCode)) {
            throw Refusals.unprocessable(Refusals.REFERENCE, "is no item with a deduction in the latest scorecard"
                    + " (version " + latest.version + ") of " + dept + "/" + year);
        }
    }

    private void requireRedLight(String dept, int year, String reference) {
        if (!redLights.isRed(dept, year, reference)) {
            throw Refusals.unprocessable(Refusals.REFERENCE, "is no red light of a monitoring round of "
                    + dept + "/" + year);
        }
    }

    private JsonNode read(String snapshot) {
        try {
            return mapper.readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scorecard is not JSON", e);
        }
    }
}
