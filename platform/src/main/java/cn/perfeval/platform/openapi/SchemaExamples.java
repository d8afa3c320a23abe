package cn.perfeval.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Examples for the schemas of a service's framework-free records (the budget figures, say, which may not carry
 * OpenAPI annotations), as data: {@value #RESOURCE} on the service's class path maps a component schema's name to
 * an example of it. A name the document does not have stops the build's document generation, so an example cannot
 * outlive its schema unnoticed.
 */
final class SchemaExamples {

    static final String RESOURCE = "openapi-examples.json";

    private final Map<String, Object> examples;

    private SchemaExamples(Map<String, Object> examples) {
        this.examples = examples;
    }

    /** The examples of the service whose class path holds {@value #RESOURCE}; none when it has no such file. */
    static SchemaExamples ofService() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new SchemaExamples(Map.of());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> read = new ObjectMapper().readValue(in, LinkedHashMap.class);
            return new SchemaExamples(read);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not a JSON object of schema name → example", e);
        }
    }

    void applyTo(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        examples.forEach((name, example) -> {
            Schema schema = schemas == null ? null : schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException(RESOURCE + " has an example for " + name
                        + ", which is not a schema of this service's OpenAPI document");
            }
            schema.setExamples(List.of(example));
        });
    }
}
