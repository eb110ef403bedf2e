package org.kinship.bench.load;

/** The generator's time line in nanoseconds from its start: always positive, so it fits a message body. */
public final class Clock {
    private static final long ORIGIN = System.nanoTime();

    private Clock() {
    }

    public static long now() {
        return System.nanoTime() - ORIGIN + 1;
    }
}
