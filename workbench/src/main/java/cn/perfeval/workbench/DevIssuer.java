package cn.perfeval.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local stack's development issuer, inside the gateway: signs a token for a chosen role and department with the
 * stack's development key, with the claims the services read ({@code groups}, {@code departments}). Development
 * only: production tokens come from an OIDC provider and the gateway holds no key. The claims are those of
 * test-infra's DevTokens, not reused from it because test-infra brings a Kafka broker and PostgreSQL with it, which
 * the gateway's runtime (and its container) must not; GatewayTest and WorkbenchIT show the services accept them.
 */
final class DevIssuer {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final PrivateKey key;
    private final String issuer;

    DevIssuer(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** Reads the PKCS#8 DER private key the local stack keeps (test-infra's DevTokens writes it). */
    static DevIssuer fromKeyFile(Path file, String issuer) {
        try {
            byte[] der = Files.readAllBytes(file);
            return new DevIssuer(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)), issuer);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development signing key " + file + ": " + e.getMessage(), e);
        }
    }

    String token(String role, List<String> departments) {
        String subject = "dev-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setStringListClaim("departments", departments);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME.toMinutes());
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }
}
