package cn.perfeval.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Where "today" comes from (deadlines of acts not done yet, dates of acts that cannot lie in the future): a
 * {@link Clock} bean (inject it rather than call now(), so that tests can fix the date), in China's time zone, since
 * the deadlines are Chinese calendar and working days whatever zone the server runs in.
 */
public class ChinaClock {

    public static final String ZONE = "Asia/Shanghai";

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }
}
