package cn.perfeval.indicator.tree;

import cn.perfeval.platform.problem.ProblemException;

/** Reads an If-Match header holding one of our ETags (the entity version, quoted or not). */
final class IfMatch {

    private IfMatch() {
    }

    /** @return the expected version, or null when the header is absent or {@code *} */
    static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.validation("If-Match", "not an ETag issued by this service: " + header);
        }
    }
}
