package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.kinship.bench.client.Bytes;

/**
 * Throughput of acknowledged sends: every sender keeps {@code window} sends in flight and sends again on
 * each ack, until the time is up or {@code limit} acks came. Kinship acknowledges only after commit, so
 * acks per second is persisted messages per second. Latency is send to ack (closed loop: service time).
 */
public final class ClosedLoopSends implements Sink {
    static final long DRAIN_MS = 10_000;
    static final long ERROR_BACKOFF_MS = 10;

    private final EventLoop loop;
    private final Dialect dialect;
    private final List<Session> senders;
    private final int window;
    private final long limit;
    private final Histogram histogram = Latency.newHistogram();
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private long n;
    private long acked;
    private long errors;
    private long startStamp;
    private long stopStamp;
    private boolean stopping;

    public record Outcome(long acked, long errors, double seconds, Latency latency) {
        public double perSecond() {
            return acked / seconds;
        }
    }

    public ClosedLoopSends(EventLoop loop, Dialect dialect, List<Session> senders, int window, long limit) {
        this.loop = loop;
        this.dialect = dialect;
        this.senders = senders;
        this.window = window;
        this.limit = limit;
    }

    public CompletableFuture<Outcome> start(double maxSeconds) {
        loop.execute(() -> {
            startStamp = Clock.now();
            for (Session s : senders) {
                s.sink(this);
                s.inFlight = 0;
                for (int i = 0; i < window; i++) {
                    sendFrom(s);
                }
            }
            loop.schedule(this::stop, Math.round(maxSeconds * 1000), TimeUnit.MILLISECONDS);
        });
        return done;
    }

    private void sendFrom(Session s) {
        s.inFlight++;
        s.send(dialect.send(s.room(), n++, "t" + Clock.now() + FanoutRun.FILLER));
    }

    private void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        stopStamp = Clock.now();
        long deadline = stopStamp + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
        loop.schedule(() -> awaitDrain(deadline), 10, TimeUnit.MILLISECONDS);
    }

    private void awaitDrain(long deadline) {
        boolean busy = senders.stream().anyMatch(s -> s.inFlight > 0);
        if (busy && Clock.now() < deadline) {
            loop.schedule(() -> awaitDrain(deadline), 10, TimeUnit.MILLISECONDS);
            return;
        }
        senders.forEach(s -> s.sink(Sink.IGNORE));
        done.complete(new Outcome(acked, errors, (stopStamp - startStamp) / 1e9, Latency.of(histogram)));
    }

    @Override
    public void onText(Session session, ByteBuf frame) {
        boolean ack = dialect.isAck(frame);
        if (!ack && !dialect.isError(frame)) {
            return; // deliveries of our own messages
        }
        session.inFlight--;
        if (stopping) {
            return;
        }
        if (ack) {
            acked++;
            long stamp = Bytes.numberAfter(frame, dialect.stampMarker());
            histogram.recordValue(Math.max(0, (Clock.now() - stamp) / 1_000));
            if (acked >= limit) {
                stop();
            } else {
                sendFrom(session);
            }
        } else {
            errors++; // e.g. busy: back off a little rather than spin
            loop.schedule(() -> {
                if (!stopping) {
                    sendFrom(session);
                }
            }, ERROR_BACKOFF_MS, TimeUnit.MILLISECONDS);
        }
    }
}
