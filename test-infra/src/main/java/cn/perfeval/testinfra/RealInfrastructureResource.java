package cn.perfeval.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real broker and a real database of its own. Use with
 * {@code @QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator"))}.
 * Tokens are verified with this JVM's development key, unless the test profile is an {@link OwnTokenVerification}.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";
    private boolean devTokens = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public void setContext(Context context) {
        devTokens = !configuresItsOwnTokenVerification(context.testProfile());
    }

    private static boolean configuresItsOwnTokenVerification(String profile) {
        if (profile == null) {
            return false;
        }
        try {
            return OwnTokenVerification.class.isAssignableFrom(
                    Class.forName(profile, false, Thread.currentThread().getContextClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Test profile " + profile + " not found", e);
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.database(database));
        config.put("quarkus.datasource.username", TestInfrastructure.postgresUser());
        config.put("quarkus.datasource.password", TestInfrastructure.postgresPassword());
        if (devTokens) {
            config.put("mp.jwt.verify.publickey", TestInfrastructure.tokens().publicKeyPem());
            config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        }
        return config;
    }

    @Override
    public void stop() {
        // The broker and database live for the whole test JVM; other test classes reuse them.
    }
}
