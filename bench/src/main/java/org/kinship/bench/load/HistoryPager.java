package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.kinship.bench.client.Bytes;
import org.kinship.bench.kinship.KinshipDialect;

/**
 * Readers paging a room backwards from its newest message to its first, {@code limit} at a time, then
 * starting over, until the time is up. Each reader has one page in flight; latency is request to reply.
 */
public final class HistoryPager implements Sink {
    private static final byte[] SEQ = Bytes.ascii("\"seq\":");
    private static final byte[] HAS_MORE = Bytes.ascii("\"hasMore\":true");

    private final EventLoop loop;
    private final List<Session> readers;
    private final int limit;
    private final long[] before;
    private final long[] sentAt;
    private final Histogram histogram = Latency.newHistogram();
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private long pages;
    private long errors;
    private long passes;
    private long n;
    private boolean stopping;
    private int finished;
    private long startStamp;

    public record Outcome(long pages, long errors, long fullPasses, double seconds, Latency latency) {
    }

    public HistoryPager(EventLoop loop, List<Session> readers, int limit) {
        this.loop = loop;
        this.readers = readers;
        this.limit = limit;
        this.before = new long[readers.size()];
        this.sentAt = new long[readers.size()];
    }

    public CompletableFuture<Outcome> start(double seconds) {
        loop.execute(() -> {
            startStamp = Clock.now();
            for (int i = 0; i < readers.size(); i++) {
                readers.get(i).sink(this);
                request(i);
            }
            loop.schedule(() -> stopping = true, Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
        });
        return done;
    }

    private void request(int i) {
        sentAt[i] = Clock.now();
        Session s = readers.get(i);
        s.send(KinshipDialect.history(s.room(), n++, before[i], limit));
    }

    @Override
    public void onText(Session session, ByteBuf frame) {
        KinshipDialect d = KinshipDialect.INSTANCE;
        if (!d.isAck(frame) && !d.isError(frame)) {
            return;
        }
        int i = readers.indexOf(session);
        histogram.recordValue((Clock.now() - sentAt[i]) / 1_000);
        if (d.isError(frame)) {
            errors++;
            before[i] = 0;
        } else {
            pages++;
            boolean more = Bytes.contains(frame, HAS_MORE);
            before[i] = more ? Bytes.numberAfter(frame, SEQ) : 0;
            passes += more ? 0 : 1;
        }
        if (!stopping) {
            request(i);
            return;
        }
        session.sink(Sink.IGNORE);
        if (++finished == readers.size()) {
            done.complete(new Outcome(pages, errors, passes, (Clock.now() - startStamp) / 1e9, Latency.of(histogram)));
        }
    }
}
