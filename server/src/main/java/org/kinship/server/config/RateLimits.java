package org.kinship.server.config;

/** How fast one person may send requests and messages: token buckets with a burst and a steady rate. */
public record RateLimits(int requestBurst, double requestsPerSecond, int messageBurst, double messagesPerSecond) {
    /**
     * Requests: a burst of 60, then 20 a second. Messages: a burst of 20 (a reconnecting client resending
     * what was pending), then 2 a second — more than anyone types, far less than a script sends.
     */
    public static final RateLimits DEFAULT = new RateLimits(60, 20, 20, 2);

    public RateLimits {
        if (messageBurst < 1 || messageBurst > 100_000) {
            throw new ConfigException("--message-burst", "must be between 1 and 100000, was " + messageBurst);
        }
        if (messagesPerSecond <= 0 || messagesPerSecond > 100_000) {
            throw new ConfigException("--message-rate", "must be above 0 and at most 100000, was " + messagesPerSecond);
        }
        if (requestBurst < messageBurst || requestsPerSecond < messagesPerSecond) {
            throw new ConfigException("--message-rate", "the request limits must be at least the message limits");
        }
    }

    /** Message limits as given, with request limits kept well above them. */
    public static RateLimits forMessages(int burst, double perSecond) {
        return new RateLimits(Math.max(DEFAULT.requestBurst(), burst * 3), Math.max(DEFAULT.requestsPerSecond(), perSecond * 10),
                burst, perSecond);
    }
}
