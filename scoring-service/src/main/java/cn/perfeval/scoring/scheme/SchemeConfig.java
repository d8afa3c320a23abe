package cn.perfeval.scoring.scheme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/** Which scheme evaluations are scored under ({@link SchemeCatalog}, and the validation rules read at startup). */
@ConfigMapping(prefix = "perfeval.scoring")
public interface SchemeConfig {

    /**
     * The id of the scheme new evaluations are scored under (its latest version); see {@code GET /api/v1/schemes}.
     * Its validation rules are read from {@code validation/<id>.yaml} at startup.
     */
    @WithDefault("guangzhou-2023")
    @NotBlank
    String defaultScheme();
}
