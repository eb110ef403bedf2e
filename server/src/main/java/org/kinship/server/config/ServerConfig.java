package org.kinship.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The whole configuration, validated once at start-up. Every error names the option it is about,
 * so a mistyped flag or environment variable fails fast with a message a person can act on.
 */
public record ServerConfig(
        String bind,                 // address to listen on
        int port,                    // HTTP and WebSocket port; 0 picks a free one (tests)
        Path dataDir,                // where kinship.db lives
        List<String> allowedOrigins, // exact origins allowed to open the WebSocket and post to the API
        int bcryptCost,              // bcrypt work factor
        Duration sessionLifetime,    // how long a sign-in lasts at most
        Duration sessionIdle,        // how long a sign-in lasts unused
        RateLimits rateLimits,       // how fast one person may send
        TlsFiles tls,                // certificate and key for HTTPS; null to serve plain HTTP (e.g. behind a proxy)
        Heartbeat heartbeat          // when to ping quiet sockets and close silent connections
) {
    public static final int MIN_BCRYPT_COST = 4;
    public static final int MAX_BCRYPT_COST = 16;

    public ServerConfig {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (bind == null || bind.isBlank()) {
            throw new ConfigException("--bind", "must be an address such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("--port", "must be between 0 and 65535, was " + port);
        }
        if (dataDir == null) {
            throw new ConfigException("--data", "must name a directory");
        }
        if (bcryptCost < MIN_BCRYPT_COST || bcryptCost > MAX_BCRYPT_COST) {
            throw new ConfigException("--bcrypt-cost",
                    "must be between " + MIN_BCRYPT_COST + " and " + MAX_BCRYPT_COST + ", was " + bcryptCost);
        }
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new ConfigException("--session-days", "must be at least 1");
        }
        if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionIdle.compareTo(sessionLifetime) > 0) {
            throw new ConfigException("--session-idle-days", "must be at least 1 and at most --session-days");
        }
        allowedOrigins.forEach(ServerConfig::checkOrigin);
        if (heartbeat == null) {
            throw new ConfigException("--idle-timeout-seconds", "must be set");
        }
    }

    /** The database file inside the data directory. */
    public Path databaseFile() {
        return dataDir.resolve("kinship.db");
    }

    /** The same config listening on another port; the default origins follow the port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, dataDir, allowedOrigins, bcryptCost, sessionLifetime, sessionIdle, rateLimits,
                tls, heartbeat);
    }

    /** The origins a browser on this machine uses for the given port. */
    public static List<String> localOrigins(int port) {
        return localOrigins(port, false);
    }

    public static List<String> localOrigins(int port, boolean https) {
        String scheme = https ? "https://" : "http://";
        return List.of(scheme + "localhost:" + port, scheme + "127.0.0.1:" + port);
    }

    private static void checkOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (Exception e) {
            throw new ConfigException("--origins", "'" + origin + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())
                && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || !bare || !origin.equals(origin.toLowerCase(Locale.ROOT))) {
            throw new ConfigException("--origins",
                    "'" + origin + "' must be a lower-case origin like https://chat.example.org (scheme, host, optional port; no path)");
        }
    }
}
