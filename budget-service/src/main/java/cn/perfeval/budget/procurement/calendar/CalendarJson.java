package cn.perfeval.budget.procurement.calendar;

import cn.perfeval.platform.json.StrictJson;
import cn.perfeval.platform.text.TextLimits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON document of one year's calendar, as shipped under {@code calendars/} and as an
 * administrator posts a new year. It mirrors the notice line by line:
 * <pre>
 * { "year": 2023, "version": "2023-v1",
 *   "notice": { "number": "国办发明电〔2022〕16号", "title": "…", "issuedOn": "2022-12-08" },
 *   "holidays": [ { "name": "春节", "offFrom": "2023-01-21", "offTo": "2023-01-27",
 *                   "worked": ["2023-01-28", "2023-01-29"] }, … ] }
 * </pre>
 * Parsed by hand from the tree so that every error names its JSON path.
 */
public final class CalendarJson {

    private static final ObjectMapper MAPPER = StrictJson.configure(new ObjectMapper())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CalendarJson() {
    }

    public static WorkingDayCalendar read(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidCalendarException("$", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static WorkingDayCalendar read(InputStream json) throws IOException {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidCalendarException("$", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(WorkingDayCalendar calendar) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("year", calendar.year());
        root.put("version", calendar.version());
        ObjectNode notice = root.putObject("notice");
        notice.put("number", calendar.notice().number());
        notice.put("title", calendar.notice().title());
        notice.put("issuedOn", calendar.notice().issuedOn().toString());
        ArrayNode holidays = root.putArray("holidays");
        for (HolidayArrangement arrangement : calendar.holidays()) {
            ObjectNode node = holidays.addObject();
            node.put("name", arrangement.name());
            node.put("offFrom", arrangement.offFrom().toString());
            node.put("offTo", arrangement.offTo().toString());
            ArrayNode worked = node.putArray("worked");
            arrangement.worked().forEach(day -> worked.add(day.toString()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static WorkingDayCalendar fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCalendarException("$", "must be a JSON object");
        }
        onlyFields(root, "", "year", "version", "notice", "holidays");
        JsonNode year = root.get("year");
        if (year == null || !year.canConvertToInt() || !year.isIntegralNumber()) {
            throw new InvalidCalendarException("year", "must be a whole number");
        }
        JsonNode notice = root.get("notice");
        if (notice == null || !notice.isObject()) {
            throw new InvalidCalendarException("notice", "must be an object with number, title and issuedOn");
        }
        onlyFields(notice, "notice.", "number", "title", "issuedOn");
        HolidayNotice holidayNotice = new HolidayNotice(
                text(notice, "number", "notice.number"),
                text(notice, "title", "notice.title"),
                date(notice, "issuedOn", "notice.issuedOn"));
        return new WorkingDayCalendar(year.intValue(), text(root, "version", "version"), holidayNotice,
                arrangements(root.get("holidays")));
    }

    private static List<HolidayArrangement> arrangements(JsonNode holidays) {
        if (holidays == null || !holidays.isArray() || holidays.size() > TextLimits.ITEMS) {
            throw new InvalidCalendarException("holidays", "must be an array of at most " + TextLimits.ITEMS);
        }
        List<HolidayArrangement> result = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            JsonNode node = holidays.get(i);
            String path = "holidays[" + i + "]";
            if (!node.isObject()) {
                throw new InvalidCalendarException(path, "must be an object with name, offFrom, offTo and worked");
            }
            onlyFields(node, path + ".", "name", "offFrom", "offTo", "worked");
            JsonNode worked = node.get("worked");
            if (worked != null && !worked.isArray()) {
                throw new InvalidCalendarException(path + ".worked", "must be an array of dates");
            }
            List<LocalDate> workedDays = new ArrayList<>();
            for (int w = 0; worked != null && w < worked.size(); w++) {
                workedDays.add(parseDate(worked.get(w), path + ".worked[" + w + "]"));
            }
            result.add(new HolidayArrangement(
                    text(node, "name", path + ".name"),
                    date(node, "offFrom", path + ".offFrom"),
                    date(node, "offTo", path + ".offTo"),
                    workedDays));
        }
        return result;
    }

    private static String text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidCalendarException(path, "is required");
        }
        TextLimits.lineProblem(node.asText(), TextLimits.NAME).ifPresent(rule -> {
            throw new InvalidCalendarException(path, rule);
        });
        return node.asText();
    }

    /** A field the document does not define is a mistake (a misspelt "worked" would drop the 调休 days). */
    private static void onlyFields(JsonNode object, String prefix, String... names) {
        List<String> known = List.of(names);
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new InvalidCalendarException(prefix + name, "unknown field");
            }
        });
    }

    private static LocalDate date(JsonNode parent, String name, String path) {
        return parseDate(parent.get(name), path);
    }

    private static LocalDate parseDate(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw new InvalidCalendarException(path, "must be a date like 2023-10-07");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException(path, "'" + node.asText() + "' is not a date like 2023-10-07");
        }
    }
}
