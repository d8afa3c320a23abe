package cn.perfeval.workbench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /services/<name>/api/...} → {@code <name>-service} at {@code /api/...}: the prefix names the service and
 * the rest is the service's own documented path, so the generated clients use the documents' paths unchanged with
 * {@code /services/<name>} as their base URL. Only {@code /api/} paths are forwarded, and {@code /reports/} (the
 * public report pages, versions and their diff, which need no token anyway): the services' {@code /q/} endpoints
 * (health, metrics) stay off the public origin. Headers (Authorization, X-Correlation-Id, If-Match,
 * If-None-Match, Accept-Language) pass through as sent; no CORS header is ever added.
 */
final class ServiceRoutes {

    static final String PREFIX = "/services/";
    private static final Pattern ROUTE = Pattern.compile("^/services/([a-z]+)(/(?:api|reports)/.*)$");
    /** A dot segment or an encoded slash, dot or backslash could make the service see another path than we checked. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(^|/)\\.{1,2}(/|$)|%2[ef]|%5c|\\\\|//");

    private final Map<String, HttpProxy> proxies = new TreeMap<>();

    ServiceRoutes(Vertx vertx, Map<String, URI> services) {
        services.forEach((name, address) -> proxies.put(name, proxyTo(vertx, address)));
    }

    static boolean matches(HttpServerRequest request) {
        return request.path().startsWith(PREFIX);
    }

    void handle(HttpServerRequest request) {
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches() || !proxies.containsKey(route.group(1))) {
            Problems.send(request.response(), 404, "Not Found",
                    "No API at " + request.path() + "; service APIs are at /services/{" + String.join(",", proxies.keySet()) + "}/api/...");
            return;
        }
        if (AMBIGUOUS.matcher(route.group(2).toLowerCase(Locale.ROOT)).find()) {
            Problems.send(request.response(), 400, "Bad Request", "The path has a dot segment, an empty segment or an encoded separator");
            return;
        }
        proxies.get(route.group(1)).handle(request);
    }

    private static HttpProxy proxyTo(Vertx vertx, URI address) {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient());
        proxy.origin(address.getPort(), address.getHost());
        proxy.addInterceptor(new StripServicePrefix());
        return proxy;
    }

    /** Sends {@code /services/<name>/api/x?q} as {@code /api/x?q}. */
    private static final class StripServicePrefix implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            context.request().setURI(uri.substring(uri.indexOf('/', PREFIX.length())));
            return context.sendRequest();
        }
    }
}
