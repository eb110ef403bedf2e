package org.kinship.server.auth;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.kinship.server.limits.RateLimiter;

/**
 * Slows password guessing without letting anyone lock a person out. Per handle, after a few failures
 * each further attempt must wait a delay that doubles up to a ceiling, and a success clears it; per
 * address, a generous steady rate. Unknown handles are throttled exactly like known ones, so the
 * answers say nothing about which handles exist.
 */
public final class LoginThrottle {
    /** Failures allowed before any delay. */
    static final int FREE_FAILURES = 3;
    /** First delay after the free failures, in milliseconds; it doubles with each further failure. */
    static final long FIRST_DELAY_MS = 1_000;
    /** The longest delay, in milliseconds: a nuisance at worst, never a lockout. */
    static final long MAX_DELAY_MS = 5 * 60_000;
    /** Sign-in attempts per address: a burst of 30, then one every two seconds. */
    static final int ADDRESS_BURST = 30;
    static final double ADDRESS_PER_SECOND = 0.5;

    private record Failures(int count, long waitUntil) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> byHandle = new ConcurrentHashMap<>();
    private final RateLimiter<String> byAddress;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
        this.byAddress = new RateLimiter<>(ADDRESS_BURST, ADDRESS_PER_SECOND, clock);
    }

    /**
     * 0 when an attempt may go ahead, else the milliseconds to wait. Counts the attempt against the
     * address, except loopback: behind a reverse proxy every request comes from it, so there the
     * per-address limit is the proxy's to apply (see README).
     */
    public long check(String handle, String address) {
        Failures failures = byHandle.get(key(handle));
        long wait = failures == null ? 0 : Math.max(0, failures.waitUntil() - clock.millis());
        if (wait > 0 || isLoopback(address)) {
            return wait;
        }
        return byAddress.tryAcquire(address);
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
    }

    public void failed(String handle) {
        long now = clock.millis();
        byHandle.compute(key(handle), (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            long delay = count <= FREE_FAILURES ? 0
                    : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(20, count - FREE_FAILURES - 1));
            return new Failures(count, now + delay);
        });
        if (byHandle.size() > 100_000) {
            byHandle.entrySet().removeIf(e -> e.getValue().waitUntil() + MAX_DELAY_MS < now);
        }
    }

    public void succeeded(String handle) {
        byHandle.remove(key(handle));
    }

    private static String key(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }
}
