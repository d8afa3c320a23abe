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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for writes an ERP may retry. The first request with a key runs and its response is
 * stored in the same transaction; a retry with the same key and the same body gets that response again without
 * running anything; the same key with a different body is a 409. Keys are scoped (e.g. per department and
 * endpoint) so two departments can never collide.
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
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.validation(HEADER, "must be 1-" + MAX_KEY_LENGTH + " characters");
        }
        String hash = sha256(requestFingerprint);
        @SuppressWarnings("unchecked")
        List<Object[]> previous = entityManager.createNativeQuery("""
                SELECT request_hash, status, response_body, location FROM idempotency_record
                 WHERE scope = :scope AND idempotency_key = :key FOR UPDATE
                """).setParameter("scope", scope).setParameter("key", key).getResultList();
        if (!previous.isEmpty()) {
            return replay(previous.get(0), hash, key);
        }
        Response response = write.get();
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
        return response;
    }

    public static byte[] fingerprint(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    private Response replay(Object[] row, String hash, String key) {
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.CONFLICT, "Idempotency-Key '" + key
                    + "' was already used for a different request body",
                    List.of(new Problem.FieldError(HEADER, "reused with a different body")));
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
