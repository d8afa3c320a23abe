package cn.perfeval.report.monitoring;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.Outline;
import cn.perfeval.report.rendering.ReportComposer;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring reports of the rounds received. The round names its department by code only; the name the report's
 * title shows is the one the evaluation's newest scorecard carries, else the code.
 */
@ApplicationScoped
public class MonitoringReports {

    private final MonitoringRounds rounds;
    private final ScorecardSnapshots scorecards;

    public MonitoringReports(MonitoringRounds rounds, ScorecardSnapshots scorecards) {
        this.rounds = rounds;
        this.scorecards = scorecards;
    }

    /** @throws ProblemException 404 when no round of that date has arrived */
    public MonitoringRounds.StoredRound round(String dept, int year, LocalDate asOf) {
        return rounds.round(dept, year, asOf).orElseThrow(() -> ProblemException.notFound("No monitoring round of "
                + asOf + " for " + dept + "/" + year + " has arrived"));
    }

    public Outline outline(MonitoringRound round) {
        String name = scorecards.latest(round.departmentCode(), round.fiscalYear())
                .map(ReportComposer::departmentName).orElse(round.departmentCode());
        return MonitoringReportOutline.of(round, name);
    }

    public List<MonitoringRoundSummary> summaries(String dept, int year) {
        return rounds.rounds(dept, year).stream().map(MonitoringRoundSummary::of).toList();
    }
}
