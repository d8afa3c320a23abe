package cn.perfeval.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every property of every schema an answer carries as required, so a generated client types it
 * {@code field: T}, not {@code field?: T}.
 *
 * <p>Why a filter rather than {@code @Schema(required = true)} on each record component: presence is decided once,
 * by the serializer, not per field. The services write their answers with Jackson's default inclusion (no service
 * sets {@code quarkus.jackson.serialization-inclusion}), which writes every component of a record, null or not;
 * about a thousand components would each restate that, and a new one without the annotation would silently be
 * optional again. A record written with {@code @JsonInclude(NON_NULL)} or {@code NON_EMPTY} does omit members: its
 * schema says so with the extension {@value #OMITS_MEMBERS} and lists the members it always writes with
 * {@code @Schema(requiredProperties = …)}, which this filter keeps. Request-only schemas are left as the annotations
 * make them ({@code @NotNull}, {@code @NotBlank} and the like are read by SmallRye OpenAPI as required).
 */
final class RequiredProperties {

    /** Extension on a schema whose record omits null (or empty) members; its value says which and why. */
    static final String OMITS_MEMBERS = "x-omits-members";

    private static final String REF_PREFIX = "#/components/schemas/";

    private RequiredProperties() {
    }

    static void applyTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Deque<Schema> pending = new ArrayDeque<>(answers(openAPI).toList());
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().replace(REF_PREFIX, "");
                if (components.containsKey(name)) {
                    pending.push(components.get(name));
                }
                continue;
            }
            requireAll(schema);
            children(schema).forEach(pending::push);
        }
    }

    private static Stream<Schema> answers(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .map(Operation::getResponses)
                .filter(Objects::nonNull)
                .flatMap(responses -> responses.getAPIResponses().values().stream())
                .map(response -> response.getContent())
                .filter(Objects::nonNull)
                .map(Content::getMediaTypes)
                .filter(Objects::nonNull)
                .flatMap(media -> media.values().stream())
                .map(MediaType::getSchema)
                .filter(Objects::nonNull);
    }

    private static void requireAll(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()
                || (schema.getExtensions() != null && schema.getExtensions().containsKey(OMITS_MEMBERS))) {
            return;
        }
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull)
                .forEach(children::add);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .forEach(children::addAll);
        return children;
    }
}
