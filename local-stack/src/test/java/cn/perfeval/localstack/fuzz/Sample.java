package cn.perfeval.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A valid-looking JSON body built from a schema, with the places in it a mutation can aim at.
 *
 * @param slots every value in the body, by JSON pointer and kind
 */
record Sample(JsonNode body, List<Slot> slots) {

    /** What a schema says a value is. */
    enum Kind { STRING, DATE, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, MAP }

    /** One value of the body: its JSON pointer ("" for the root) and kind. */
    record Slot(String pointer, Kind kind) {
    }

    List<Slot> slotsOf(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return slots.stream().filter(slot -> wanted.contains(slot.kind())).toList();
    }
}
