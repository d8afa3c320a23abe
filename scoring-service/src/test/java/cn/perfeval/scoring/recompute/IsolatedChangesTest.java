package cn.perfeval.scoring.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IsolatedChangesTest {

    private static final long MS = 1_000_000L;

    private final IsolatedChanges changes = new IsolatedChanges(Duration.ofMillis(500));

    @Test
    void theFirstChangeAndOneAfterAQuietPeriodAreIsolated() {
        changes.wokenAt(1_000 * MS);
        assertThat(changes.latestWasIsolated()).isTrue();
        changes.wokenAt(1_501 * MS);
        assertThat(changes.latestWasIsolated()).isTrue();
    }

    @Test
    void aChangeSoonAfterAnotherIsPartOfAStream() {
        changes.wokenAt(1_000 * MS);
        changes.wokenAt(1_020 * MS);
        assertThat(changes.latestWasIsolated()).isFalse();
        // the quiet period counts from the latest change, not the first of the stream
        changes.wokenAt(1_400 * MS);
        changes.wokenAt(1_800 * MS);
        assertThat(changes.latestWasIsolated()).isFalse();
    }
}
