package cn.perfeval.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Development tokens: an RSA key pair made on this machine (never committed) and JWTs signed with it. Tests use a
 * fresh pair per JVM; the local stack keeps one under its data folder so tokens survive restarts. Services only
 * ever receive the public key.
 */
public final class DevTokens {

    public static final String ISSUER = "https://perfeval.local/dev-issuer";

    private final KeyPair keys;

    private DevTokens(KeyPair keys) {
        this.keys = keys;
    }

    public static DevTokens ephemeral() {
        return new DevTokens(generate());
    }

    /** Loads the pair kept in {@code dir}, creating it on first use. */
    public static DevTokens persistentIn(Path dir) {
        Path privateFile = privateKeyFile(dir);
        Path publicFile = dir.resolve("dev-jwt-public.der");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new DevTokens(new KeyPair(publicKey, privateKey));
            }
            KeyPair pair = generate();
            Files.createDirectories(dir);
            Files.write(privateFile, pair.getPrivate().getEncoded());
            Files.write(publicFile, pair.getPublic().getEncoded());
            return new DevTokens(pair);
        } catch (IOException | NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Cannot read or write the development key pair in " + dir, e);
        }
    }

    /** The key that verifies the tokens. */
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Where {@link #persistentIn} keeps the private key (PKCS#8 DER): the local stack's development issuer reads it. */
    public static Path privateKeyFile(Path dir) {
        return dir.resolve("dev-jwt-private.der");
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** Writes the public key PEM to a file and returns its path (for {@code mp.jwt.verify.publickey.location}). */
    public Path writePublicKeyPem(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String subject, Collection<String> roles, Collection<String> departments) {
        return token(subject, roles, departments, Duration.ofHours(12));
    }

    public String token(String subject, Collection<String> roles, Collection<String> departments, Duration lifetime) {
        return token(subject, Map.of("groups", List.copyOf(roles), "departments", List.copyOf(departments)), lifetime);
    }

    /**
     * A token with the given claims besides the standard ones (issuer, subject, upn, issued-at, expiry, id); a
     * {@code List} value becomes a JSON array, a {@code String} a JSON string (e.g. a malformed {@code groups}).
     */
    public String token(String subject, Map<String, Object> claims, Duration lifetime) {
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(ISSUER);
        jwt.setSubject(subject);
        jwt.setClaim("upn", subject);
        claims.forEach(jwt::setClaim);
        jwt.setIssuedAtToNow();
        jwt.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        jwt.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
