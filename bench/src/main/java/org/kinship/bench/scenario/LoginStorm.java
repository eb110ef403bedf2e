package org.kinship.bench.scenario;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.kinship.bench.kinship.KinshipApi;
import org.kinship.bench.kinship.KinshipTarget;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Latency;

/**
 * How much a bcrypt login storm hurts chat: restarts Kinship with the real bcrypt cost (11), registers a
 * few people under it, and measures the support-group load's p99 on the same connections with and
 * without {@link #LOGIN_THREADS} loops signing in back to back. The run's time is split into
 * {@link #ORDER}'s windows, calm and stormy interleaved so that a drift over the run (a late compilation,
 * the heap filling) falls on both alike; each kind's p99 is taken over all its windows together.
 * Both are measured on a warmed server ({@link #WARM_UP_S}), and before the first window it runs one full
 * collection: otherwise its young collections kept copying the 2,000 just-opened connections (10 to 20 ms
 * each), and whichever window one of those fell into decided the ratio (1.4x to 5x from run to run, 1.0x
 * when none fell in either).
 */
public final class LoginStorm {
    static final int LOGIN_THREADS = 4;
    static final int STORM_PEOPLE = 4;
    /**
     * Each of the warm-up's two halves: chat and sign-ins together before anything is measured, so that the
     * JIT compiler has compiled both, as in a server that has been up a while: otherwise it compiled the
     * sign-in path during the storm window, taking 20 to 50% of the core there (JFR), and the storm measured
     * the compiler.
     */
    static final double WARM_UP_S = 8;
    /**
     * The warm-up's first half chats at this many times the support load: at the support load's own 200
     * messages a second, each message's methods reach the JIT compiler's top tier only after a minute or more,
     * so the chat path was still being compiled (PrintCompilation) during the first windows. The first calm window's
     * p99 was 5 to 6 ms against about 2 in the later calm ones (five runs), and the storm, which has two of the
     * first three windows, paid the same toll twice. Ten times the rate for the same 8 s: 3.5 to 5 ms against
     * 1.7 to 3.1 in nine runs, a smaller gap but not none.
     */
    static final int WARM_UP_RATE_TIMES = 10;
    /**
     * The warm-up signs in as people registered under {@link KinshipScenarios#FAST_BCRYPT_COST}: a stored hash
     * carries its own cost, so the same sign-in path (the same bcrypt code, fewer rounds) runs a thousand
     * times and more, as in a server that has handled a day's sign-ins. Its second half chats at the support
     * rate and leaves the core to them: 1,100 to 1,500 sign-ins there, against 7 to 36 in the first half.
     * Before, the warm-up signed in at cost 11 beside the faster chat and one or two sign-ins got through; the
     * JIT compiler then compiled the sign-in path all through the stormy windows (PrintCompilation), and that
     * was most of the growth: with compilation switched off after that warm-up ({@code jcmd
     * Compiler.directives_add}, every method excluded) it was 0.87x to 1.24x, against 1.6x to 2.8x with it on.
     */
    static final int PRACTICE_PEOPLE = 4;
    /** Chat alone after the warm-up's sign-ins stop and a full collection, before the first window. */
    static final double SETTLE_S = 2;
    /** Which windows have the storm: each kind comes first once and last once. */
    static final List<Boolean> ORDER = List.of(false, true, true, false, false, true);

    private LoginStorm() {
    }

    public static Metrics run(KinshipTarget kinship, Connector connector, EventLoop loop, Mode mode) throws Exception {
        kinship.start(KinshipScenarios.REAL_BCRYPT_COST);
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < STORM_PEOPLE; i++) {
            handles.add(kinship.registerExtra("storm" + i + "_" + System.currentTimeMillis() % 100_000));
        }
        Windows calm = new Windows();
        Windows stormy = new Windows();
        Storm storm = new Storm(kinship.api(), handles);
        List<String> practiced = new ArrayList<>();
        for (int i = 0; i < PRACTICE_PEOPLE; i++) {
            practiced.add(KinshipTarget.handle(i));
        }
        Storm practice = new Storm(kinship.api(), practiced);
        try (RoomSessions sessions = RoomSessions.open(kinship, connector, Mode.SUPPORT)) {
            practice.start();
            try {
                Measured.run(loop, kinship, sessions, SupportLoad.rate() * WARM_UP_RATE_TIMES, WARM_UP_S);
                Measured.run(loop, kinship, sessions, SupportLoad.rate(), WARM_UP_S);
            } finally {
                practice.stop();
            }
            kinship.collectGarbage();
            Measured.run(loop, kinship, sessions, SupportLoad.rate(), SETTLE_S);
            double windowSeconds = mode.loginSeconds() * 2 / ORDER.size();
            for (boolean withStorm : ORDER) {
                if (!withStorm) {
                    calm.add(Measured.run(loop, kinship, sessions, SupportLoad.rate(), windowSeconds));
                    continue;
                }
                storm.start();
                try {
                    stormy.add(Measured.run(loop, kinship, sessions, SupportLoad.rate(), windowSeconds));
                } finally {
                    storm.stop();
                }
            }
        }
        double seconds = storm.seconds();
        Latency calmLatency = calm.latency();
        Latency stormLatency = stormy.latency();
        return new Metrics()
                .put("bcrypt_cost", KinshipScenarios.REAL_BCRYPT_COST)
                .put("windows_each", ORDER.size() / 2)
                .put("p99_calm_ms", calmLatency.p99Ms())
                .put("p99_storm_ms", stormLatency.p99Ms())
                .put("p99_growth", stormLatency.p99Ms() / calmLatency.p99Ms())
                .put("p50_calm_ms", calmLatency.p50Ms())
                .put("p50_storm_ms", stormLatency.p50Ms())
                .put("p99_calm_each_ms", calm.p99s())
                .put("p99_storm_each_ms", stormy.p99s())
                .put("lost", calm.lost + stormy.lost)
                .put("logins_ok_per_s", storm.ok.get() / seconds)
                .put("warm_up_logins_ok", practice.ok.get())
                .put("logins_busy_per_s", storm.busy.get() / seconds)
                .put("logins_other", storm.other.get())
                .put("server_cpu_calm", calm.serverCpu())
                .put("server_cpu_storm", stormy.serverCpu())
                .put("other_cpu_cores", Math.max(calm.otherCpu, stormy.otherCpu))
                .put("valid", calm.valid && stormy.valid);
    }

    /** Windows of one kind: their latencies merged, their CPU averaged, the worst of the rest kept. */
    private static final class Windows {
        private final Histogram latencies = Latency.newHistogram();
        private final List<Double> p99s = new ArrayList<>();
        private double serverCpuSum;
        private double otherCpu;
        private long lost;
        private boolean valid = true;

        void add(Measured window) {
            latencies.add(window.outcome().histogram());
            p99s.add(window.outcome().latency().p99Ms());
            serverCpuSum += window.serverCpu();
            otherCpu = Math.max(otherCpu, window.otherCpu());
            lost += window.outcome().lost();
            valid &= window.valid();
        }

        Latency latency() {
            return Latency.of(latencies);
        }

        List<Double> p99s() {
            return p99s;
        }

        double serverCpu() {
            return serverCpuSum / p99s.size();
        }
    }

    /** Login loops, one request in flight each, until stopped. */
    private static final class Storm {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong busy = new AtomicLong();
        final AtomicLong other = new AtomicLong();
        private final KinshipApi api;
        private final List<String> handles;
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;
        private long startNs;
        private long stormNs;

        Storm(KinshipApi api, List<String> handles) {
            this.api = api;
            this.handles = handles;
        }

        /** Starts the loops; a storm may be started again after {@link #stop}, and its time adds up. */
        void start() {
            running = true;
            threads.clear();
            startNs = System.nanoTime();
            for (int t = 0; t < LOGIN_THREADS; t++) {
                String handle = handles.get(t % handles.size());
                Thread thread = new Thread(() -> loop(handle), "login-storm-" + t);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }

        private void loop(String handle) {
            while (running) {
                try {
                    int status = api.login(handle, KinshipTarget.PASSWORD);
                    (status == 200 ? ok : status == 503 ? busy : other).incrementAndGet();
                    if (status == 503) {
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    other.incrementAndGet();
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            stormNs += System.nanoTime() - startNs;
            for (Thread t : threads) {
                t.join(30_000);
            }
        }

        double seconds() {
            return stormNs / 1e9;
        }
    }
}
