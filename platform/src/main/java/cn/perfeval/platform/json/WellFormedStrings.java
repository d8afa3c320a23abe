package cn.perfeval.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * A JSON string is Unicode text: {@code "\\ud800"} (half of a UTF-16 surrogate pair, escaped so that the bytes are
 * valid UTF-8) is refused with the field named, for every string a request binds. Stored, it came back as {@code ?}
 * in some columns and as the lone half in others, and an XML renderer (the PDF report) cannot print it.
 */
final class WellFormedStrings extends StringDeserializer {

    static SimpleModule module() {
        return new SimpleModule("well-formed-strings").addDeserializer(String.class, new WellFormedStrings());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && hasLoneSurrogate(value)) {
            throw context.weirdStringException(value, String.class,
                    "contains half of a UTF-16 surrogate pair, which is no character");
        }
        return value;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
