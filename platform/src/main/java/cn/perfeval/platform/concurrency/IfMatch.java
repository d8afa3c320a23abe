package cn.perfeval.platform.concurrency;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency as every service does it: GET returns the resource's ETag; a write may send it back in
 * {@code If-Match} (quoted or not, weak or strong, as clients and proxies vary). The header is optional: absent or
 * {@code *} means "whatever is current". A tag that no longer matches is a 412 problem, raised before anything is
 * written, so the write changes nothing.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** @return the entity tag the caller expects, without quotes or weak prefix; null when absent or {@code *} */
    public static String tag(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.replace("\"", "");
    }

    /**
     * For resources whose ETag is their version number.
     *
     * @return the expected version, or null when the header is absent or {@code *}
     */
    public static Long version(String header) {
        String tag = tag(header);
        if (tag == null) {
            return null;
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.validation(HEADER, "not an ETag issued by this service: " + header);
        }
    }

    /** @throws ProblemException 412 when a version is expected and {@code resource} is at another one */
    public static void require(Long expected, long current, String resource) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, resource + " is at version " + current
                    + ", not " + expected + "; read it again");
        }
    }

    /**
     * @param current the resource's current tag, null when it does not exist
     * @throws ProblemException 412 when a tag is expected and the resource's is another one, or it has none
     */
    public static void require(String expected, String current, String resource) {
        if (expected != null && !expected.equals(current)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, current == null
                    ? resource + " does not exist; send no If-Match to create it"
                    : resource + " has ETag \"" + current + "\", not \"" + expected + "\"; read it again");
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
