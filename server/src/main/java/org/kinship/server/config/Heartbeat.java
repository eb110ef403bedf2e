package org.kinship.server.config;

import java.time.Duration;

/**
 * How the server keeps connections honest: a WebSocket peer that has sent nothing for {@code pingAfter} is
 * pinged (and again after each further {@code pingAfter}), however busy its rooms are, and any
 * connection that sends nothing at all (not a request, not a pong, not an HTTP upgrade) for
 * {@code closeAfter} is closed, so dead, half-open and never-authenticated peers hold nothing for long.
 */
public record Heartbeat(Duration pingAfter, Duration closeAfter) {
    public static final Heartbeat DEFAULT = new Heartbeat(Duration.ofSeconds(25), Duration.ofSeconds(60));

    public Heartbeat {
        if (pingAfter.toMillis() < 100 || closeAfter.compareTo(pingAfter) <= 0) {
            throw new ConfigException("--idle-timeout-seconds", "must be longer than the ping interval (" + pingAfter.toSeconds() + " s)");
        }
    }

    /** The default ping interval with another close timeout, in seconds (the flag). */
    public static Heartbeat closingAfterSeconds(int seconds) {
        if (seconds <= DEFAULT.pingAfter.toSeconds() || seconds > 3_600) {
            throw new ConfigException("--idle-timeout-seconds", "must be between " + (DEFAULT.pingAfter.toSeconds() + 1)
                    + " and 3600, was " + seconds);
        }
        return new Heartbeat(DEFAULT.pingAfter, Duration.ofSeconds(seconds));
    }
}
