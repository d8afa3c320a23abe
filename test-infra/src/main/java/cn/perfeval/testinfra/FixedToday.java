package cn.perfeval.testinfra;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Fixes a service's "today" (its Clock bean, China time) for the running {@code @QuarkusTest} method. */
public final class FixedToday {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private FixedToday() {
    }

    /** QuarkusMock replaces the Clock bean until the test method ends. */
    public static void today(String date) {
        QuarkusMock.installMockForType(Clock.fixed(LocalDate.parse(date).atTime(9, 30).atZone(CHINA).toInstant(), CHINA),
                Clock.class);
    }
}
