package cn.perfeval.indicator.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged copies of the seed files: every one must come back as an import result, never as an exception. */
class CorruptedUploadTest {

    private final IndicatorTableReader reader = new IndicatorTableReader();

    @ParameterizedTest
    @ValueSource(strings = {SeedTables.CSV, SeedTables.XLSX})
    void damagedCopiesOfTheSeedNeverThrow(String resource) {
        byte[] original = SeedTables.bytes(resource);
        Random random = new Random(resource.hashCode());

        for (int copy = 0; copy < 150; copy++) {
            byte[] damaged = original.clone();
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            int cut = copy % 3 == 0 ? random.nextInt(damaged.length) + 1 : damaged.length;
            byte[] upload = Arrays.copyOf(damaged, cut);

            assertThatCode(() -> assertThat(reader.read(upload)).isNotNull())
                    .as("copy %d of %s", copy, resource)
                    .doesNotThrowAnyException();
        }
    }
}
