package cn.perfeval.budget.procurement.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendars shipped with the service (2023–2026), read from {@code calendars/index.json} and the
 * files it lists on the classpath. Years after these are added by an administrator through the API.
 */
public final class ShippedCalendars {

    private static final String DIRECTORY = "calendars/";

    private ShippedCalendars() {
    }

    public static CalendarSet load() {
        List<WorkingDayCalendar> calendars = new ArrayList<>();
        for (String file : index()) {
            try (InputStream json = open(file)) {
                calendars.add(CalendarJson.read(json));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped calendar " + file, e);
            } catch (InvalidCalendarException e) {
                throw new IllegalStateException("shipped calendar " + file + " is invalid: " + e.getMessage(), e);
            }
        }
        return CalendarSet.of(calendars);
    }

    private static String[] index() {
        try (InputStream json = open("index.json")) {
            return new ObjectMapper().readValue(json, String[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + "index.json", e);
        }
    }

    private static InputStream open(String file) {
        InputStream stream = ShippedCalendars.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
        if (stream == null) {
            throw new IllegalStateException(DIRECTORY + file + " is missing from the classpath");
        }
        return stream;
    }
}
