package cn.perfeval.budget.rest;

import cn.perfeval.budget.facts.Versioned;
import cn.perfeval.platform.concurrency.IfMatch;
import org.jboss.resteasy.reactive.RestResponse;

/** 200 responses whose ETag is the version of what they carry (the convention of cn.perfeval.platform.concurrency). */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.content()).tag(IfMatch.etag(versioned.version())).build();
    }
}
