package cn.perfeval.platform.idempotency;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for writes an ERP may retry. The first request with a key runs and its response is
 * stored in the same transaction; a retry with the same key and the same body gets that response again without
 * running anything; the same key with a different request (body, or a streamed write's options) is a 409. Keys
 * are scoped (e.g. per department and endpoint) so two departments can never collide.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public IdempotentWrites(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Runs {@code write} once per key. Without a key it simply runs.
     *
     * @param requestFingerprint the request body (or any bytes that identify the request's content)
     */
    @Transactional
    public Response execute(String scope, String key, byte[] requestFingerprint, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        requireValidKey(key);
        String hash = HexFormat.of().formatHex(sha256().digest(requestFingerprint));
        List<Object[]> previous = previous(scope, key);
        if (!previous.isEmpty()) {
            return replay(previous.get(0), hash, key);
        }
        Response response = write.get();
        remember(scope, key, hash, response);
        return response;
    }

    /** The fingerprint of a typed request body: its JSON, as this service's mapper writes it. */
    public byte[] fingerprintOf(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request body that was read cannot be written back as JSON", e);
        }
    }

    /**
     * {@link #execute} for a body too large to buffer (bulk uploads): the body's SHA-256 is computed while
     * {@code write} reads it, and whatever {@code write} leaves unread is drained into the hash as well, so the key
     * is bound to the whole body without ever holding it. A replay reads (and hashes) the body and runs nothing.
     *
     * @param options what the body is read with besides its bytes (e.g. its format and mode), without a NUL
     *                character; a retry must repeat them as it repeats the body, so they are hashed before it
     */
    @Transactional
    public Response executeStreamed(String scope, String key, String options, InputStream body,
                                    Function<InputStream, Response> write) {
        if (key == null) {
            return write.apply(body);
        }
        requireValidKey(key);
        MessageDigest digest = sha256();
        digest.update(fingerprint(options));
        // The NUL ends the options, so no other options and body can make up the same bytes.
        digest.update((byte) 0);
        DigestInputStream hashing = new DigestInputStream(body, digest);
        List<Object[]> previous = previous(scope, key);
        if (!previous.isEmpty()) {
            drain(hashing);
            return replay(previous.get(0), HexFormat.of().formatHex(digest.digest()), key);
        }
        Response response = write.apply(hashing);
        drain(hashing);
        remember(scope, key, HexFormat.of().formatHex(digest.digest()), response);
        return response;
    }

    public static byte[] fingerprint(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A request read according to {@code options} (e.g. its format), laid out as {@link #executeStreamed} hashes one:
     * the options, a NUL that ends them, the body.
     */
    public static byte[] fingerprint(String options, String body) {
        return fingerprint(options + '\0' + (body == null ? "" : body));
    }

    private static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.validation(HEADER, "must be 1-" + MAX_KEY_LENGTH + " characters");
        }
    }

    private List<Object[]> previous(String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> previous = entityManager.createNativeQuery("""
                SELECT request_hash, status, response_body, location FROM idempotency_record
                 WHERE scope = :scope AND idempotency_key = :key FOR UPDATE
                """).setParameter("scope", scope).setParameter("key", key).getResultList();
        return previous;
    }

    private void remember(String scope, String key, String hash, Response response) {
        // A concurrent request with the same key may have committed meanwhile: then this one loses and rolls back.
        int stored = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash, status, response_body, location, created_at)
                VALUES (:scope, :key, :hash, :status, :body, :location, :now)
                ON CONFLICT (scope, idempotency_key) DO NOTHING
                """)
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .setParameter("status", response.getStatus())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (stored == 0) {
            throw ProblemException.conflict("Another request with Idempotency-Key '" + key + "' was processed at the "
                    + "same time; retry to get its result");
        }
    }

    private static void drain(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }

    private Response replay(Object[] row, String hash, String key) {
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.CONFLICT, "Idempotency-Key '" + key
                    + "' was already used for a different request",
                    List.of(new Problem.FieldError(HEADER, "reused with a different request")));
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            builder.location(URI.create((String) row[3]));
        }
        return builder.build();
    }

    private String toJson(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s ? s : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
