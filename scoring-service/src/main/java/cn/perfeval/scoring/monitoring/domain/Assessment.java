package cn.perfeval.scoring.monitoring.domain;

import java.util.List;

/**
 * What the department wrote about one light of a round: its judgement and forecast (indicators only), the
 * deviation's cause and the measures it takes.
 */
public record Assessment(Judgement judgement, String forecast, Deviation deviation, List<Measure> measures) {

    public static final Assessment NONE = new Assessment(null, null, null, List.of());

    public Assessment {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
