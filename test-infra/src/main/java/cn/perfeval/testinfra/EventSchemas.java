package cn.perfeval.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (2020-12) of the events a service publishes, for contract tests. A producer keeps them under
 * {@code src/main/resources/META-INF/resources/schemas/}, so it serves each one at the path its CloudEvents name
 * as {@code dataschema} ({@code /schemas/indicator-v1.json}). The producer's own tests read them from the
 * classpath ({@link #published()}); a consumer's tests read the producer's file from the producer module's source
 * tree ({@link #of(String)}), so there is one copy of each schema.
 */
public final class EventSchemas {

    /** Set by the consuming module's surefire configuration to {@code ${maven.multiModuleProjectDirectory}}. */
    public static final String PROJECT_DIR = "perfeval.project.dir";

    private static final String SERVED = "META-INF/resources";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // "format" is an annotation only by default in 2020-12; the schemas use it for dates and timestamps, so check it.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final SchemaSource source;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private EventSchemas(SchemaSource source) {
        this.source = source;
    }

    /** The schemas the service under test publishes, as it serves them (its classpath). */
    public static EventSchemas published() {
        return new EventSchemas(dataschema -> {
            String resource = SERVED + dataschema;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath: no schema served at " + dataschema);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    /** Another service's schemas, read from its module in this repository ({@code indicator-service}). */
    public static EventSchemas of(String producerModule) {
        String projectDir = System.getProperty(PROJECT_DIR);
        if (projectDir == null) {
            throw new IllegalStateException("System property " + PROJECT_DIR + " is not set; the module's surefire "
                    + "configuration sets it to ${maven.multiModuleProjectDirectory}");
        }
        Path served = Path.of(projectDir, producerModule, "src", "main", "resources", SERVED);
        return new EventSchemas(dataschema -> {
            Path file = served.resolve(dataschema.substring(1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(producerModule + " has no schema " + dataschema + " (looked at " + file + ")");
            }
            return Files.readString(file);
        });
    }

    /** The schema as the producer serves it at {@code dataschema}; its {@code $id} must be that path. */
    public JsonNode document(String dataschema) {
        JsonNode document;
        try {
            document = JSON.readTree(source.read(requireSchemaPath(dataschema)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!dataschema.equals(document.path("$id").asText())) {
            throw new IllegalStateException("The schema served at " + dataschema + " names itself "
                    + document.path("$id").asText());
        }
        return document;
    }

    /** Validation messages of {@code data} against the schema at {@code dataschema}; empty when valid. */
    public Set<ValidationMessage> validate(String dataschema, JsonNode data) {
        return compiled.computeIfAbsent(dataschema, path -> FACTORY.getSchema(document(path), CONFIG)).validate(data);
    }

    /** Validation messages of a CloudEvents envelope's {@code data} against the schema its {@code dataschema} names. */
    public Set<ValidationMessage> validateEvent(JsonNode envelope) {
        JsonNode dataschema = envelope.get("dataschema");
        if (dataschema == null || !dataschema.isTextual()) {
            throw new IllegalArgumentException("Event " + envelope.path("type").asText() + " names no dataschema");
        }
        if (!envelope.has("data")) {
            throw new IllegalArgumentException("Event " + envelope.path("type").asText() + " has no data");
        }
        return validate(dataschema.asText(), envelope.get("data"));
    }

    private static String requireSchemaPath(String dataschema) {
        if (!dataschema.startsWith("/schemas/") || dataschema.contains("..")) {
            throw new IllegalArgumentException("Not a served schema path: " + dataschema);
        }
        return dataschema;
    }

    @FunctionalInterface
    private interface SchemaSource {
        String read(String dataschema) throws IOException;
    }
}
