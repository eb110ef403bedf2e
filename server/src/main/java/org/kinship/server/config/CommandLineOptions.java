package org.kinship.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command-line flags, each with an environment variable as its default (picocli resolves
 * {@code ${env:...}}), turned into one validated {@link ServerConfig}.
 */
@Command(name = "kinship", mixinStandardHelpOptions = true, version = "Kinship 0.1",
        description = "Kinship: a self-hosted chat server for peer-led recovery support.",
        sortOptions = false)
public final class CommandLineOptions {
    /**
     * Measured on the reference 2-core machine: cost 10 takes 0.10 s per hash, 11 takes 0.18 s, 12 takes
     * 0.30 s. 11 keeps a guess expensive while two cores still sign in about ten people a second.
     */
    public static final int DEFAULT_BCRYPT_COST = 11;

    @Option(names = "--port", defaultValue = "${env:KINSHIP_PORT:-8080}",
            description = "HTTP and WebSocket port (env KINSHIP_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:KINSHIP_BIND:-127.0.0.1}",
            description = "Address to listen on (env KINSHIP_BIND, default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String bind;

    @Option(names = "--data", defaultValue = "${env:KINSHIP_DATA:-data}",
            description = "Data directory holding kinship.db (env KINSHIP_DATA, default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--origins", defaultValue = "${env:KINSHIP_ORIGINS:-}",
            description = "Comma-separated origins allowed to connect, e.g. https://chat.example.org "
                    + "(env KINSHIP_ORIGINS; default http://localhost:PORT and http://127.0.0.1:PORT).")
    String origins;

    @Option(names = "--bcrypt-cost", defaultValue = "${env:KINSHIP_BCRYPT_COST:-" + DEFAULT_BCRYPT_COST + "}",
            description = "bcrypt work factor, 4..16 (env KINSHIP_BCRYPT_COST, default ${DEFAULT-VALUE}).")
    int bcryptCost;

    @Option(names = "--session-days", defaultValue = "${env:KINSHIP_SESSION_DAYS:-30}",
            description = "Days a sign-in lasts (env KINSHIP_SESSION_DAYS, default ${DEFAULT-VALUE}).")
    int sessionDays;

    @Option(names = "--session-idle-days", defaultValue = "${env:KINSHIP_SESSION_IDLE_DAYS:-14}",
            description = "Days a sign-in lasts unused (env KINSHIP_SESSION_IDLE_DAYS, default ${DEFAULT-VALUE}).")
    int sessionIdleDays;

    @Option(names = "--message-rate", defaultValue = "${env:KINSHIP_MESSAGE_RATE:-2}",
            description = "Messages per second one person may send, steady (env KINSHIP_MESSAGE_RATE, default ${DEFAULT-VALUE}).")
    double messageRate;

    @Option(names = "--message-burst", defaultValue = "${env:KINSHIP_MESSAGE_BURST:-20}",
            description = "Messages one person may send at once before the rate applies (env KINSHIP_MESSAGE_BURST, default ${DEFAULT-VALUE}).")
    int messageBurst;

    @Option(names = "--idle-timeout-seconds", defaultValue = "${env:KINSHIP_IDLE_TIMEOUT_SECONDS:-60}",
            description = "Close a connection that sends nothing, not even a pong, for this long (env KINSHIP_IDLE_TIMEOUT_SECONDS, default ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--tls-cert", paramLabel = "FILE", defaultValue = "${env:KINSHIP_TLS_CERT}",
            description = "PEM certificate chain: serve HTTPS and WSS (env KINSHIP_TLS_CERT). Needs --tls-key.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", defaultValue = "${env:KINSHIP_TLS_KEY}",
            description = "PEM private key (PKCS#8) for --tls-cert (env KINSHIP_TLS_KEY).")
    Path tlsKey;

    @Option(names = "--verify-audit",
            description = "Check the audit trail's hash chain in the data directory, report the first broken record, and exit.")
    boolean verifyAudit;

    @Option(names = "--backup", paramLabel = "FILE",
            description = "Write a consistent copy of the database to FILE (a new file), check it, and exit. "
                    + "Safe while the server runs.")
    Path backupTo;

    /** Where to write a backup instead of serving, or null. */
    public Path backupTo() {
        return backupTo;
    }

    /** Whether to verify the audit trail instead of serving. */
    public boolean verifyAudit() {
        return verifyAudit;
    }

    public ServerConfig toConfig() {
        if (sessionDays < 1 || sessionDays > 365) {
            throw new ConfigException("--session-days", "must be between 1 and 365, was " + sessionDays);
        }
        TlsFiles tls = tlsCert == null && tlsKey == null ? null : new TlsFiles(tlsCert, tlsKey);
        List<String> allowed = origins == null || origins.isBlank()
                ? ServerConfig.localOrigins(port, tls != null)
                : Arrays.stream(origins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (sessionIdleDays < 1) {
            throw new ConfigException("--session-idle-days", "must be at least 1, was " + sessionIdleDays);
        }
        return new ServerConfig(bind, port, data, allowed, bcryptCost, Duration.ofDays(sessionDays),
                Duration.ofDays(sessionIdleDays), RateLimits.forMessages(messageBurst, messageRate), tls,
                Heartbeat.closingAfterSeconds(idleTimeoutSeconds));
    }
}
