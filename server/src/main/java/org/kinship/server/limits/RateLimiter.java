package org.kinship.server.limits;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key token buckets (a person's id, an address). Full buckets are swept away so idle keys cost
 * nothing; the map is only as large as the set of keys active within the last refill period.
 */
public final class RateLimiter<K> {
    private final int burst;
    private final double perSecond;
    private final Clock clock;
    private final ConcurrentHashMap<K, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int burst, double perSecond, Clock clock) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Keys held before idle ones are swept out. */
    static final int SWEEP_ABOVE = 10_000;

    /** Returns 0 when the action may go ahead, else the milliseconds to wait. */
    public long tryAcquire(K key) {
        if (buckets.size() > SWEEP_ABOVE) {
            sweep();
        }
        long now = clock.millis();
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(burst, perSecond, now));
        synchronized (bucket) {
            return bucket.take(now);
        }
    }

    /** Forgets keys whose buckets have refilled; call now and then. */
    public void sweep() {
        long now = clock.millis();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isFull(now);
            }
        });
    }

    int size() {
        return buckets.size();
    }
}
