package org.kinship.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.kinship.bench.client.WsClients;

/**
 * Opens many connections with a bounded number of handshakes in flight, and times it. Connections that
 * fail are counted, not retried: a storm that loses sockets should show it.
 */
public final class Connector {
    /** Handshakes in flight at once. */
    public static final int MAX_IN_FLIGHT = 200;
    static final long WAIT_MS = 60_000;

    private final WsClients clients;

    public Connector(WsClients clients) {
        this.clients = clients;
    }

    /** What is to be opened: who connects, and the session that will run their steps. */
    public record Spec(Identity who, Session session) {
    }

    public record Opened(List<Session> sessions, int failed, double seconds, String firstError) {
        public double perSecond() {
            return seconds <= 0 ? 0 : sessions.size() / seconds;
        }
    }

    public Opened open(List<Spec> specs) throws InterruptedException {
        Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        for (Spec spec : specs) {
            if (!slots.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("handshakes stalled");
            }
            spec.session().ready().whenComplete((s, e) -> slots.release());
            Identity who = spec.who();
            clients.connect(who.uri(), who.headers(), who.subprotocol(), spec.session());
        }
        if (!slots.tryAcquire(MAX_IN_FLIGHT, WAIT_MS, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("handshakes stalled at the end");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Session> ok = new ArrayList<>();
        String firstError = null;
        int failed = 0;
        for (Spec spec : specs) {
            var ready = spec.session().ready();
            if (ready.isCompletedExceptionally()) {
                failed++;
                if (firstError == null) {
                    firstError = ready.handle((s, e) -> String.valueOf(e)).join();
                }
            } else {
                ok.add(spec.session());
            }
        }
        return new Opened(ok, failed, seconds, firstError);
    }

    public static void closeAll(List<Session> sessions) {
        sessions.forEach(Session::close);
    }
}
