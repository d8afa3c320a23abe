package cn.perfeval.scoring.scheme;

import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Which scheme scores an evaluation. Today: the shipped Guangzhou scheme for every year. */
@ApplicationScoped
public class SchemeCatalog {

    static final String DEFAULT_SCHEME = "schemes/guangzhou-2023.yaml";

    private final Scheme defaultScheme = load(DEFAULT_SCHEME);

    public Scheme schemeFor(int fiscalYear) {
        return defaultScheme;
    }

    private static Scheme load(String resource) {
        try (InputStream in = SchemeCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Scheme resource missing: " + resource);
            }
            return SchemeParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
