package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Turns what-if actuals as written ("4.00万笔", "91.5%") into the numbers the engine scores: indicator-service reads
 * them (the grammar and units are its own) with the caller's token, so its department scoping applies as well. Asked
 * before the what-if's transaction, like {@link ProcurementVerdicts}, so no database connection waits on it.
 */
@ApplicationScoped
public class IndicatorReadings {

    static final OtherServiceProblems.Asked ASKED = new OtherServiceProblems.Asked("indicator-service", "read",
            "the actuals as written");
    private static final Logger LOG = Logger.getLogger(IndicatorReadings.class);

    private final IndicatorServiceClient indicators;

    public IndicatorReadings(@RestClient IndicatorServiceClient indicators) {
        this.indicators = indicators;
    }

    /** Indicator id → actual in its base unit; empty, without asking indicator-service, when none is given. */
    public Map<String, BigDecimal> actuals(String dept, int year, Map<String, String> asWritten, Caller caller) {
        if (asWritten == null || asWritten.isEmpty()) {
            return Map.of();
        }
        Map<String, IndicatorServiceClient.Reading> readings;
        try {
            readings = indicators.read(dept, year, caller.authorization(), caller.acceptLanguage(), Correlation.current(),
                    new IndicatorServiceClient.Request(asWritten));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "indicator-service reading of actuals for %s/%d failed", dept, year);
            throw OtherServiceProblems.unreachable(ASKED, e, "give the actuals in base units under indicatorActuals");
        }
        Map<String, BigDecimal> actuals = new LinkedHashMap<>();
        readings.forEach((id, reading) -> actuals.put(id, reading.value()));
        return actuals;
    }
}
