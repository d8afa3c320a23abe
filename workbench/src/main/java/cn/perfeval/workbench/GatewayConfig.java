package cn.perfeval.workbench;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gateway needs: where it listens, the built web app, each service's address, and (development only) the
 * key of the development issuer. Read from environment variables so a container is configured like the services.
 *
 * @param devSigningKey a PKCS#8 DER RSA private key; present only on the local stack, where it turns on the
 *                      development sign-in. Absent (the default), the sign-in endpoint does not exist.
 */
public record GatewayConfig(String host, int port, Path webRoot, Map<String, URI> services,
        Optional<Path> devSigningKey, String devIssuer) {

    /** The services the gateway routes to: {@code /services/<name>/...} goes to {@code <name>-service}. */
    public static final List<String> SERVICE_NAMES = List.of("indicator", "budget", "scoring", "report");

    /** The development issuer's name, the one the services verify on the local stack. */
    public static final String DEV_ISSUER = "https://perfeval.local/dev-issuer";

    public GatewayConfig {
        services = Map.copyOf(services);
        if (!services.keySet().containsAll(SERVICE_NAMES)) {
            throw new IllegalArgumentException("An address is needed for each of " + SERVICE_NAMES + ", got " + services.keySet());
        }
    }

    /**
     * {@code WORKBENCH_HOST} (0.0.0.0), {@code WORKBENCH_PORT} (8080), {@code WORKBENCH_WEB_ROOT} (web),
     * {@code WORKBENCH_<NAME>_URL} for each service (required), {@code WORKBENCH_DEV_SIGNING_KEY} (optional).
     */
    public static GatewayConfig fromEnvironment(Map<String, String> env) {
        Map<String, URI> services = new LinkedHashMap<>();
        for (String name : SERVICE_NAMES) {
            String variable = "WORKBENCH_" + name.toUpperCase(java.util.Locale.ROOT) + "_URL";
            String url = env.get(variable);
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException(variable + " is not set");
            }
            services.put(name, URI.create(url));
        }
        return new GatewayConfig(env.getOrDefault("WORKBENCH_HOST", "0.0.0.0"),
                Integer.parseInt(env.getOrDefault("WORKBENCH_PORT", "8080")),
                Path.of(env.getOrDefault("WORKBENCH_WEB_ROOT", "web")), services,
                Optional.ofNullable(env.get("WORKBENCH_DEV_SIGNING_KEY")).filter(s -> !s.isBlank()).map(Path::of),
                DEV_ISSUER);
    }
}
