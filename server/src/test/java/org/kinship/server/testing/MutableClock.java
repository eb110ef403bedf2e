package org.kinship.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at real time and that a test moves forward by hand, or stops so that only the test moves it. */
public final class MutableClock extends Clock {
    private final AtomicLong offsetMillis = new AtomicLong();
    private volatile long frozenAt = -1;

    /** From now on time stands still except when {@link #advance} moves it: for tests that count time, like rate limits. */
    public void freeze() {
        frozenAt = System.currentTimeMillis();
    }

    public void advance(Duration by) {
        offsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        long now = frozenAt >= 0 ? frozenAt : System.currentTimeMillis();
        return now + offsetMillis.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
