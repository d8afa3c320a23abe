package cn.perfeval.scoring.security;

import static io.restassured.RestAssured.given;

import cn.perfeval.testinfra.OwnTokenVerification;
import cn.perfeval.testinfra.RealInfrastructureResource;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * Production configuration: tokens verified against an OIDC provider's key set (JWKS) fetched over HTTP, with the
 * provider's issuer and this system's audience required (README, "Identity in production"). The provider is played by
 * a JDK HTTP server serving a key set with two keys; the service is configured exactly as a deployment would be.
 */
@QuarkusTest
@TestProfile(OidcJwksTokensTests.ProviderKeySet.class)
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class OidcJwksTokensTests {

    static final String ISSUER = "https://idp.finance.example.gov.cn/realms/perfeval";
    static final String AUDIENCE = "perfeval";
    private static final String SCHEMES = "/api/v1/schemes";

    /**
     * Two keys the provider publishes (a rotation in progress), and one it does not, under the first one's key id.
     * Quarkus loads this class in the test's and in the application's class loader; the keys are made once per JVM.
     */
    private static final List<JsonWebKey> KEYS = keysOfThisJvm();
    private static final RsaJsonWebKey CURRENT = (RsaJsonWebKey) KEYS.get(0);
    private static final RsaJsonWebKey NEXT = (RsaJsonWebKey) KEYS.get(1);
    private static final RsaJsonWebKey UNPUBLISHED = (RsaJsonWebKey) KEYS.get(2);

    /** Serves the provider's key set and points the service at it, as MP_JWT_VERIFY_* would in a deployment. */
    public static class ProviderKeySet implements QuarkusTestProfile, OwnTokenVerification {
        private static final String JWKS_URL = serveKeySet(
                new JsonWebKeySet(CURRENT, NEXT).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", JWKS_URL, "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE);
        }
    }

    @Test
    void aTokenSignedWithAnyPublishedKeyForThisAudienceIsAccepted() {
        given().auth().oauth2(token(CURRENT, ISSUER, AUDIENCE)).get(SCHEMES).then().statusCode(200);
        given().auth().oauth2(token(NEXT, ISSUER, AUDIENCE)).get(SCHEMES).then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceFromAnotherIssuerOrSignedWithAnUnpublishedKeyIsRefused() {
        given().auth().oauth2(token(CURRENT, ISSUER, "another-system")).get(SCHEMES).then().statusCode(401);
        given().auth().oauth2(token(CURRENT, "https://idp.example.com/realms/other", AUDIENCE)).get(SCHEMES)
                .then().statusCode(401);
        given().auth().oauth2(token(UNPUBLISHED, ISSUER, AUDIENCE)).get(SCHEMES).then().statusCode(401);
    }

    private static String token(RsaJsonWebKey key, String issuer, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("wang.reviewer");
        claims.setClaim("upn", "wang.reviewer");
        claims.setClaim("groups", List.of("bureau-reviewer"));
        claims.setClaim("departments", List.of());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonWebKey> keysOfThisJvm() {
        String json = (String) System.getProperties().computeIfAbsent("perfeval.test.oidc-keys",
                property -> new JsonWebKeySet(key("2026-key"), key("2027-key"), key("2026-key"))
                        .toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
        try {
            return new JsonWebKeySet(json).getJsonWebKeys();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey key(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the URL of the key set, served until the test JVM exits */
    private static String serveKeySet(String json) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/perfeval/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/perfeval/protocol/openid-connect/certs";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
