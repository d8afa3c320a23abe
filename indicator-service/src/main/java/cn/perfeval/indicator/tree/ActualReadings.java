package cn.perfeval.indicator.tree;

import cn.perfeval.indicator.domain.IndicatorValueException;
import cn.perfeval.indicator.domain.MeasuredValue;
import cn.perfeval.platform.problem.Message;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads actuals as written (4.00万笔, 85%) against their indicators' targets exactly as reporting an actual does, and
 * stores nothing: the grammar and the units are this service's, so a what-if elsewhere asks here rather than
 * parsing values itself. Every value that cannot be read is named in one problem, under {@code actuals.<id>}.
 */
@ApplicationScoped
public class ActualReadings {

    private final IndicatorService indicators;

    public ActualReadings(IndicatorService indicators) {
        this.indicators = indicators;
    }

    public Map<String, ActualReading> read(String dept, int year, Map<String, String> actuals) {
        Map<String, ActualReading> readings = new LinkedHashMap<>();
        List<ProblemException.FieldMessage> errors = new ArrayList<>();
        actuals.forEach((id, text) -> {
            try {
                readings.put(id, read(dept, year, id, text));
            } catch (UnreadableActual e) {
                errors.add(new ProblemException.FieldMessage("actuals." + id, e.message));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    IndicatorMessages.ACTUALS_UNREADABLE.with(errors.size(), actuals.size()), errors);
        }
        return readings;
    }

    private ActualReading read(String dept, int year, String id, String text) {
        Indicator indicator = uuid(id).flatMap(uuid -> indicators.findOptional(dept, year, uuid))
                .orElseThrow(() -> new UnreadableActual(
                        IndicatorMessages.NO_SUCH_INDICATOR.with(id, dept, year)));
        try {
            MeasuredValue target = MeasuredValue.parseTarget(indicator.annualTargetText);
            if (target.isQualitative()) {
                throw new UnreadableActual(IndicatorMessages.GRADED_NOT_VALUED.with());
            }
            MeasuredValue actual = MeasuredValue.parseActual(text);
            MeasuredValue.requireComparable(target, actual);
            return new ActualReading(text, actual.normalized(), actual.unit().base());
        } catch (IndicatorValueException e) {
            throw new UnreadableActual(e.message());
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final class UnreadableActual extends RuntimeException {
        private final transient Message message;

        UnreadableActual(Message message) {
            super(message.english(), null, false, false);
            this.message = message;
        }
    }
}
