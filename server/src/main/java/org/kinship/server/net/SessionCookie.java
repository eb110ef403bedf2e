package org.kinship.server.net;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.time.Duration;
import java.util.Optional;

/** The session cookie: HttpOnly (scripts cannot read it) and SameSite=Strict (other sites cannot send it). */
public final class SessionCookie {
    public static final String NAME = "kinship_session";

    private SessionCookie() {
    }

    public static Optional<String> read(HttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.COOKIE);
        if (header == null) {
            return Optional.empty();
        }
        return ServerCookieDecoder.STRICT.decode(header).stream()
                .filter(c -> NAME.equals(c.name()))
                .map(Cookie::value)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    public static String issue(String token, Duration lifetime, boolean secure) {
        return encode(token, lifetime.toSeconds(), secure);
    }

    public static String clear(boolean secure) {
        return encode("", 0, secure);
    }

    private static String encode(String value, long maxAgeSeconds, boolean secure) {
        DefaultCookie cookie = new DefaultCookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setSameSite(CookieHeaderNames.SameSite.Strict);
        return ServerCookieEncoder.STRICT.encode(cookie);
    }
}
