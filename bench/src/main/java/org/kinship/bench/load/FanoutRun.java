package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.kinship.bench.client.Bytes;

/**
 * One open-loop run at a fixed send rate: message k is due at start + k/rate, and its latency at every
 * member is measured from that due time, so a server (or generator) that falls behind cannot hide it.
 * Message k goes to room k mod R from member (k / R) mod M. Deliveries still missing when the drain
 * time is up are recorded as {@link #LOST_MICROS}, so losses show in the percentiles.
 */
public final class FanoutRun implements Sink {
    static final long TICK_MICROS = 1_000;
    static final long DRAIN_MS = 2_000;
    /** Latency recorded for a delivery that never came. */
    static final long LOST_MICROS = 10_000_000;
    /** Chat-sized filler after the time stamp. */
    static final String FILLER = " I made it to the meeting today, thank you all for being here.";

    private final EventLoop loop;
    private final Dialect dialect;
    private final List<List<Session>> rooms;
    private final long total;
    private final long intervalNs;
    private final Histogram histogram = Latency.newHistogram();
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private final byte[] marker;
    private long startStamp;
    private long sent;
    private long expected;
    private long received;
    private long errors;
    private ScheduledFuture<?> ticker;

    /**
     * What one run measured; rates are per second of the send window. {@code histogram} is the run's
     * latencies in microseconds, also for merging runs of the same kind.
     */
    public record Outcome(double offeredMsgs, double sentMsgs, long expected, long received, long errors,
                          Histogram histogram) {
        public Latency latency() {
            return Latency.of(histogram);
        }

        public long lost() {
            return expected - received;
        }
    }

    public FanoutRun(EventLoop loop, Dialect dialect, List<List<Session>> rooms, double msgsPerSecond, double seconds) {
        this.loop = loop;
        this.dialect = dialect;
        this.rooms = rooms;
        this.total = Math.max(1, Math.round(msgsPerSecond * seconds));
        this.intervalNs = Math.round(1e9 / msgsPerSecond);
        this.marker = dialect.stampMarker();
    }

    /** Runs on the event loop; the future completes once every delivery arrived or the drain time ran out. */
    public CompletableFuture<Outcome> start() {
        loop.execute(() -> {
            rooms.forEach(room -> room.forEach(s -> s.sink(this)));
            startStamp = Clock.now();
            ticker = loop.scheduleAtFixedRate(this::tick, 0, TICK_MICROS, TimeUnit.MICROSECONDS);
        });
        return done;
    }

    private void tick() {
        long now = Clock.now();
        while (sent < total && startStamp + sent * intervalNs <= now) {
            sendOne(startStamp + sent * intervalNs);
        }
        if (sent == total) {
            ticker.cancel(false);
            long deadline = now + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
            loop.schedule(() -> awaitDrain(deadline), 10, TimeUnit.MILLISECONDS);
        }
    }

    private void sendOne(long due) {
        int r = (int) (sent % rooms.size());
        List<Session> room = rooms.get(r);
        Session sender = room.get((int) ((sent / rooms.size()) % room.size()));
        sender.send(dialect.send(sender.room(), sent, "t" + due + FILLER));
        expected += room.size();
        sent++;
    }

    private void awaitDrain(long deadline) {
        if (received < expected && Clock.now() < deadline) {
            loop.schedule(() -> awaitDrain(deadline), 10, TimeUnit.MILLISECONDS);
            return;
        }
        if (expected > received) {
            histogram.recordValueWithCount(LOST_MICROS, expected - received);
        }
        rooms.forEach(room -> room.forEach(s -> s.sink(Sink.IGNORE)));
        double window = total * intervalNs / 1e9;
        done.complete(new Outcome(total / window, sent / window, expected, received, errors, histogram));
    }

    @Override
    public void onText(Session session, ByteBuf frame) {
        if (dialect.isDelivery(frame)) {
            long stamp = Bytes.numberAfter(frame, marker);
            if (stamp >= startStamp) {
                received++;
                histogram.recordValue(Math.max(0, (Clock.now() - stamp) / 1_000));
            }
        } else if (dialect.isError(frame)) {
            errors++;
        }
    }
}
