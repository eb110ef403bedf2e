package org.kinship.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kinship.server.Kinship;
import org.kinship.server.config.Heartbeat;
import org.kinship.server.config.RateLimits;
import org.kinship.server.config.ServerConfig;

/**
 * A real Kinship server for one test: its own SQLite file in a fresh temporary directory, listening
 * on a free loopback port, stopped and deleted afterwards. Register with {@code @RegisterExtension}.
 */
public final class TestServer implements ServerAddress, BeforeEachCallback, AfterEachCallback {
    /** Low cost keeps tests fast; production uses the measured default. */
    static final int TEST_BCRYPT_COST = 4;

    /** Tests send in bursts far beyond a person's pace; the limits themselves are tested with the defaults. */
    static final RateLimits TEST_LIMITS = new RateLimits(1_000_000, 100_000, 100_000, 100_000);

    private final MutableClock clock = new MutableClock();
    private final RateLimits limits;
    private Heartbeat heartbeat = Heartbeat.DEFAULT;
    private Path dataDir;
    private ServerConfig config;
    private Kinship kinship;

    public TestServer() {
        this(TEST_LIMITS);
    }

    /** A server with these rate limits, e.g. {@link RateLimits#DEFAULT} to test limiting. */
    public TestServer(RateLimits limits) {
        this.limits = limits;
    }

    /** A server that pings and closes on this schedule, e.g. a short one to test dead peers. */
    public TestServer heartbeat(Heartbeat schedule) {
        this.heartbeat = schedule;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("kinship-test");
        int port = freePort();
        config = new ServerConfig("127.0.0.1", port, dataDir, ServerConfig.localOrigins(port), TEST_BCRYPT_COST,
                Duration.ofDays(2), Duration.ofDays(1), limits, null, heartbeat);
        kinship = Kinship.start(config, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
        deleteRecursively(dataDir);
    }

    /** Stops gracefully and starts again on the same data directory and port. */
    public void restart() throws InterruptedException {
        stop();
        kinship = Kinship.start(config, clock);
    }

    public void stop() {
        if (kinship != null) {
            kinship.close();
            kinship = null;
        }
    }

    /** The server's clock; move it forward to let time pass. */
    public MutableClock clock() {
        return clock;
    }

    public Kinship kinship() {
        return kinship;
    }

    @Override
    public int port() {
        return config.port();
    }

    /** The configuration this server runs with, e.g. for the command-line tools. */
    public ServerConfig config() {
        return config;
    }

    public Path databaseFile() {
        return config.databaseFile();
    }

    public Api api() {
        return new Api(this, () -> kinship.setupCode());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
