package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.workbench.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run on a machine without Docker, so this keeps it honest: every service, database,
 * topic, port and required setting the services' configuration declares must appear in it.
 */
class DockerComposeConsistencyTest {

    private static final Path PROJECT = Path.of(System.getProperty("perfeval.project.dir", "..")).toAbsolutePath().normalize();
    private static final Set<String> SERVICES = StackOptions.defaultServicePorts().keySet();

    /** {@code quarkus.rest-client.<name>.url}: where a service calls another. */
    private static final Pattern REST_CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.([a-z0-9]+)\\.url");

    private final JsonNode compose = yaml(PROJECT.resolve("docker-compose.yml"));

    @Test
    void everyServiceIsBuiltFromItsModuleWithItsOwnDatabase() throws IOException {
        String initSql = Files.readString(PROJECT.resolve("deploy/postgres-init.sql"));
        for (String service : SERVICES) {
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.isMissingNode()).as(service + " in docker-compose.yml").isFalse();
            Path dockerfile = PROJECT.resolve(definition.path("build").path("context").asText())
                    .resolve(definition.path("build").path("dockerfile").asText());
            assertThat(dockerfile).as(service + " Dockerfile").isRegularFile();
            // the memory budget measured in BENCHMARKS.md holds for the container only with the same JVM options
            assertThat(Files.readString(dockerfile)).as(service + " Dockerfile's JVM options")
                    .contains("JAVA_OPTS_APPEND=\"" + String.join(" ", ServiceProcess.JVM_OPTIONS) + "\"")
                    .contains("MALLOC_ARENA_MAX=" + ServiceProcess.ENVIRONMENT.get("MALLOC_ARENA_MAX"));

            String database = StackOptions.databaseOf(service);
            assertThat(environment(definition).path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .endsWith("/" + database);
            assertThat(initSql).contains("CREATE DATABASE " + database + ";");
        }
    }

    @Test
    void everyServiceGetsTheSettingsItHasNoDefaultFor() {
        for (String service : SERVICES) {
            JsonNode env = environment(compose.path("services").path(service));
            for (String required : new String[] { "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER" }) {
                assertThat(env.hasNonNull(required)).as(service + " sets " + required).isTrue();
            }
            assertThat(env.path("MP_JWT_VERIFY_ISSUER").asText())
                    .isEqualTo(properties(service).getProperty("mp.jwt.verify.issuer"));
        }
    }

    @Test
    void everyTopicAServiceUsesIsCreated() {
        String topicCommand = compose.path("services").path("kafka-topics").path("command").toString();
        Set<String> declared = new TreeSet<>(Stack.TOPICS);
        for (String service : SERVICES) {
            Properties properties = properties(service);
            properties.stringPropertyNames().forEach(name -> {
                if (name.startsWith("mp.messaging.") && name.endsWith(".topic") && channelEnabled(properties, name)) {
                    declared.add(resolved(properties, properties.getProperty(name)));
                }
            });
        }
        for (String topic : declared) {
            assertThat(topicCommand).as("docker-compose creates " + topic).containsPattern("[ \"]" + java.util.regex.Pattern.quote(topic) + "[ ;\"]");
            assertThat(Stack.TOPICS).as("the local stack creates " + topic).contains(topic);
        }
    }

    @Test
    void everyServiceRunsAsTwoReplicasOfOneImageAnsweringToItsName() {
        StackOptions.defaultServicePorts().forEach((service, port) -> {
            JsonNode first = compose.path("services").path(service);
            JsonNode second = compose.path("services").path(service + "-2");
            assertThat(second.isMissingNode()).as("a second replica of " + service).isFalse();
            assertThat(second.path("image")).as(service + "-2 image").isEqualTo(first.path("image"));
            assertThat(first.path("image").asText()).isNotBlank();
            assertThat(environment(second)).as(service + "-2 environment").isEqualTo(environment(first));
            assertThat(second.path("networks").path("default").path("aliases").toString())
                    .as(service + "-2 answers to " + service).contains("\"" + service + "\"");
            // the same port as ./run.sh --instances=2 gives the second instance
            assertThat(second.path("ports").get(0).asText())
                    .isEqualTo((port + StackOptions.INSTANCE_PORT_STEP) + ":8080");
        });
    }

    @Test
    void kafkaIsThreeBrokersReplicatingEveryTopicThreeTimesWithTwoInSync() {
        Set<String> brokers = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(name -> {
            if (name.matches("kafka-\\d")) {
                brokers.add(name);
                JsonNode env = environment(compose.path("services").path(name));
                assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("//" + name + ":9092");
                assertThat(env.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText().split(",")).hasSize(3);
                assertThat(env.path("KAFKA_DEFAULT_REPLICATION_FACTOR").asInt()).isEqualTo(3);
                assertThat(env.path("KAFKA_MIN_INSYNC_REPLICAS").asInt()).isEqualTo(2);
                assertThat(env.path("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asInt()).isEqualTo(3);
                assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt()).isEqualTo(3);
                assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt()).isEqualTo(2);
            }
        });
        assertThat(brokers).containsExactly("kafka-1", "kafka-2", "kafka-3");
        String topicCommand = compose.path("services").path("kafka-topics").path("command").toString();
        assertThat(topicCommand).contains("--replication-factor 3").contains("min.insync.replicas=2")
                .contains("--partitions " + Stack.TOPIC_PARTITIONS);
        for (String service : SERVICES) {
            assertThat(environment(compose.path("services").path(service)).path("KAFKA_BOOTSTRAP_SERVERS").asText()
                    .split(",")).as(service + " knows every broker")
                    .containsExactlyInAnyOrder("kafka-1:9092", "kafka-2:9092", "kafka-3:9092");
        }
    }

    @Test
    void everyServiceAServiceCallsIsAddressedByItsComposeName() {
        for (String service : SERVICES) {
            for (String key : properties(service).stringPropertyNames()) {
                Matcher client = REST_CLIENT_URL.matcher(key);
                if (client.matches()) {
                    String variable = "QUARKUS_REST_CLIENT_" + client.group(1).toUpperCase() + "_URL";
                    URI url = URI.create(environment(compose.path("services").path(service))
                            .path(variable).asText());
                    assertThat(SERVICES).as(service + " sets " + variable + " to a service of docker-compose.yml")
                            .contains(url.getHost());
                    assertThat(url.getPort()).as(variable + " uses the containers' port").isEqualTo(8080);
                }
            }
        }
    }

    @Test
    void publishedPortsMatchTheLocalStackDefaults() {
        StackOptions.defaultServicePorts().forEach((service, port) -> {
            assertThat(compose.path("services").path(service).path("ports").get(0).asText()).isEqualTo(port + ":8080");
            assertThat(properties(service).getProperty("quarkus.http.port")).isEqualTo(String.valueOf(port));
        });
    }

    @Test
    void theWorkbenchRoutesToEachServiceByItsComposeNameWithoutTheDevelopmentSignIn() {
        JsonNode workbench = compose.path("services").path("workbench");
        assertThat(PROJECT.resolve(workbench.path("build").path("context").asText())
                .resolve(workbench.path("build").path("dockerfile").asText())).as("workbench Dockerfile").isRegularFile();
        assertThat(workbench.path("ports").get(0).asText()).isEqualTo(StackOptions.DEFAULT_WORKBENCH_PORT + ":8080");
        JsonNode env = environment(workbench);
        for (String name : GatewayConfig.SERVICE_NAMES) {
            URI url = URI.create(env.path("WORKBENCH_" + name.toUpperCase() + "_URL").asText());
            assertThat(url.getHost()).as("the workbench's address of " + name).isEqualTo(name + "-service");
            assertThat(SERVICES).contains(url.getHost());
            assertThat(url.getPort()).isEqualTo(8080);
        }
        assertThat(env.has("WORKBENCH_DEV_SIGNING_KEY")).as("development sign-in in docker-compose.yml").isFalse();
    }

    private static JsonNode environment(JsonNode service) {
        return service.path("environment");
    }

    /** Whether the channel of a {@code mp.messaging.<direction>.<channel>.…} setting is on in this service. */
    private static boolean channelEnabled(Properties properties, String setting) {
        String[] parts = setting.split("\\.");
        String enabled = properties.getProperty("mp.messaging." + parts[2] + "." + parts[3] + ".enabled", "true");
        return Boolean.parseBoolean(resolved(properties, enabled));
    }

    /** A value with its {@code ${name}} and {@code ${name:default}} expressions expanded, as MicroProfile Config does. */
    private static String resolved(Properties properties, String value) {
        java.util.regex.Matcher expression = java.util.regex.Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}").matcher(value);
        StringBuilder result = new StringBuilder();
        while (expression.find()) {
            String replacement = properties.getProperty(expression.group(1), expression.group(2));
            assertThat(replacement).as("a value for ${%s} in %s", expression.group(1), value).isNotNull();
            expression.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(resolved(properties, replacement)));
        }
        return expression.appendTail(result).toString();
    }

    /** A service's settings as Quarkus sees them: the shared ones from platform, overridden by its own. */
    private static Properties properties(String service) {
        Properties properties = new Properties();
        load(properties, PROJECT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        load(properties, PROJECT.resolve(service).resolve("src/main/resources/application.properties"));
        return properties;
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SnakeYAML rather than Jackson's YAML parser: compose files rely on anchors and merge keys ({@code <<: *env}). */
    private static JsonNode yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = new org.yaml.snakeyaml.Yaml().load(reader);
            return new ObjectMapper().valueToTree(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
