package org.kinship.server.net;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.util.List;
import java.util.Set;

/**
 * Exact-match Origin allowlist. A browser always sends Origin on a WebSocket upgrade and on a
 * cross-site POST, so comparing it whole (scheme, host and port) stops other sites, look-alike
 * domains included, from using a visitor's cookie.
 */
public final class OriginPolicy {
    private final Set<String> allowed;

    public OriginPolicy(List<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins);
    }

    /** For WebSocket upgrades: the Origin must be present and allowed. */
    public boolean allowsUpgrade(HttpRequest request) {
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        return origin != null && allowed.contains(origin);
    }

    /** For API posts: a browser's cross-site call carries a foreign Origin; non-browser clients may send none. */
    public boolean allowsApiCall(HttpRequest request) {
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        return origin == null || allowed.contains(origin);
    }
}
