package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.Light;
import cn.perfeval.scoring.rectification.RedLightCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Whether a light a rectification task cites is red, answered from the latest stored version of its round.
 * References are {@code <asOf>/budget}, {@code <asOf>/project/<code>} and {@code <asOf>/indicator/<id>}
 * (docs/monitoring.md).
 */
@ApplicationScoped
public class RedLights implements RedLightCheck {

    private final RoundStore store;

    RedLights(RoundStore store) {
        this.store = store;
    }

    /** @return false for a malformed reference, a round that does not exist, or a light of another colour */
    @Override
    @Transactional
    public boolean isRed(String departmentCode, int fiscalYear, String reference) {
        int slash = reference.indexOf('/');
        if (slash < 0) {
            return false;
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(reference.substring(0, slash));
        } catch (DateTimeParseException e) {
            return false;
        }
        String subject = reference.substring(slash + 1);
        return store.latest(new RoundKey(departmentCode, fiscalYear, asOf))
                .map(version -> RoundLight.of(version.document()).stream()
                        .anyMatch(light -> light.subject().equals(subject) && light.light() == Light.RED))
                .orElse(false);
    }
}
