package cn.perfeval.budget.rest;

import cn.perfeval.budget.facts.Versioned;
import cn.perfeval.platform.concurrency.IfMatch;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

/** 200 and 201 responses whose ETag is the version of what they carry (the convention of cn.perfeval.platform.concurrency). */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.content()).tag(IfMatch.etag(versioned.version())).build();
    }

    /** A record added to a list: the record, and the list's new version as ETag. */
    public static Response created(Versioned<?> versioned) {
        return Response.status(Response.Status.CREATED).entity(versioned.content())
                .tag(IfMatch.etag(versioned.version())).build();
    }
}
