package cn.perfeval.platform.text;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a body bound as a {@code String} (documents stored as sent, CSV imports) with {@link StrictUtf8}, in place
 * of the built-in reader that replaces invalid bytes with U+FFFD.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class StrictUtf8TextReader implements MessageBodyReader<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return String.class.equals(type);
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return StrictUtf8.decode(body.readAllBytes());
    }
}
