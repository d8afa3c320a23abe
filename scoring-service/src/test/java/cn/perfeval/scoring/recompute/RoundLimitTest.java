package cn.perfeval.scoring.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundLimitTest {

    private final RoundLimit limit = new RoundLimit(Duration.ofMillis(500), Duration.ofSeconds(4));

    @Test
    void anIsolatedChangeKeepsTheShortBound() {
        limit.roundEnded(true);
        limit.roundEnded(true);

        assertThat(limit.current()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aBurstWithoutPausesDoublesTheBoundUpToItsCeilingAndThePauseAfterItResetsIt() {
        StringBuilder bounds = new StringBuilder();
        for (int round = 0; round < 6; round++) {
            bounds.append(limit.current().toMillis()).append(' ');
            limit.roundEnded(false);
        }
        assertThat(bounds.toString().trim()).isEqualTo("500 1000 2000 4000 4000 4000");

        limit.roundEnded(true);
        assertThat(limit.current()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aCeilingBelowTheShortBoundNeverShortensIt() {
        RoundLimit misconfigured = new RoundLimit(Duration.ofMillis(500), Duration.ofMillis(100));
        misconfigured.roundEnded(false);

        assertThat(misconfigured.current()).isEqualTo(Duration.ofMillis(500));
    }
}
