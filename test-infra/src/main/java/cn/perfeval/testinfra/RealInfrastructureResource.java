package cn.perfeval.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real broker and a real database of its own. Use with
 * {@code @QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator"))}.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.database(database));
        config.put("quarkus.datasource.username", TestInfrastructure.postgresUser());
        config.put("quarkus.datasource.password", TestInfrastructure.postgresPassword());
        config.put("mp.jwt.verify.publickey", TestInfrastructure.tokens().publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // The broker and database live for the whole test JVM; other test classes reuse them.
    }
}
