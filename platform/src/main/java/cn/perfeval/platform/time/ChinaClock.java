package cn.perfeval.budget.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Where "today" comes from when an act not done yet is judged: a {@link Clock} bean (inject it rather than call
 * now(), so that tests can fix the date), in China's time zone, since the deadlines are Chinese calendar and working
 * days whatever zone the server runs in.
 */
public class TimelinessClock {

    public static final String ZONE = "Asia/Shanghai";

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }
}
