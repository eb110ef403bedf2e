package org.kinship.server.limits;

/**
 * A token bucket: up to {@code burst} actions at once, refilled at {@code perSecond}. Not thread-safe on
 * its own; {@link RateLimiter} guards each bucket.
 */
final class TokenBucket {
    private final double burst;
    private final double perMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(int burst, double perSecond, long now) {
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** Takes one token; returns 0 when allowed, else how many milliseconds until one is free. */
    long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perMilli);
    }

    /** Whether the bucket is full again, so it can be forgotten. */
    boolean isFull(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        tokens = Math.min(burst, tokens + Math.max(0, now - updatedAt) * perMilli);
        updatedAt = now;
    }
}
