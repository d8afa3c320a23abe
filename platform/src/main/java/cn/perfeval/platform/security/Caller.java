package cn.perfeval.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the verified token's subject, its roles and its departments. Roles and departments are read from
 * the token's own JSON, not from the security identity, because the JWT library turns a {@code groups} claim given
 * as a string into a role too; here only a JSON array of strings counts, so a malformed claim grants nothing.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private JsonObject claims;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Who is acting, for audit columns and evidence records. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean authenticated() {
        return !identity.isAnonymous() && token.getRawToken() != null;
    }

    /** The known roles listed in the {@value Roles#GROUPS_CLAIM} array; unknown ones are ignored. */
    public Set<String> roles() {
        return arrayClaim(Roles.GROUPS_CLAIM).stream().filter(Roles.ALL::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The department codes listed in the {@value Roles#DEPARTMENTS_CLAIM} array. */
    public Set<String> departments() {
        return arrayClaim(Roles.DEPARTMENTS_CLAIM);
    }

    private Set<String> arrayClaim(String name) {
        if (!authenticated()) {
            return Set.of();
        }
        JsonValue value = claims().get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return Set.of();
        }
        return value.asJsonArray().stream().filter(JsonString.class::isInstance)
                .map(element -> ((JsonString) element).getString()).collect(Collectors.toUnmodifiableSet());
    }

    /** The payload of the token the JWT library has already verified (signature, issuer, audience, expiry). */
    private JsonObject claims() {
        if (claims == null) {
            String payload = token.getRawToken().split("\\.")[1];
            String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                claims = reader.readObject();
            }
        }
        return claims;
    }
}
