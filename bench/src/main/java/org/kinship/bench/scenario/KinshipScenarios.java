package org.kinship.bench.scenario;

import io.netty.channel.EventLoop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kinship.bench.kinship.KinshipTarget;
import org.kinship.bench.load.ClosedLoopSends;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.HistoryPager;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Latency;
import org.kinship.bench.load.Session;
import org.kinship.bench.load.Shape;
import org.kinship.bench.proc.CpuMeter;
import org.kinship.bench.report.Report;

/** Scenarios only Kinship runs: acknowledged-after-commit sends, history paging, and the login storm. */
public final class KinshipScenarios {
    /** bcrypt cost for every scenario but the login storm: accounts are made fast. */
    public static final int FAST_BCRYPT_COST = 4;
    /** The server's default, used in the login storm. */
    public static final int REAL_BCRYPT_COST = 11;
    /** Sends in flight per sender in the persist test: 250 senders x 8 keep the writer's 1,024-write batches full. */
    static final int PERSIST_WINDOW = 8;
    /**
     * Sends before the measured ones. Signing in and joining the 250 senders sets the JIT compiler off
     * again (about 800 compilations in a second, then a tail); with 2 s it still took a fifth of the server
     * core during the measurement.
     */
    static final double PERSIST_WARM_UP_S = 5;
    static final int HISTORY_FILL_WINDOW = 64;
    static final int HISTORY_PAGE = 100;
    static final int HISTORY_READERS = 4;
    static final double HISTORY_FILL_MAX_S = 180;

    private final Connector connector;
    private final EventLoop loop;
    private final Mode mode;
    private final Report report;
    private final Path runDir;

    public KinshipScenarios(Connector connector, EventLoop loop, Mode mode, Report report, Path runDir) {
        this.connector = connector;
        this.loop = loop;
        this.mode = mode;
        this.report = report;
        this.runDir = runDir;
    }

    public void runAll(KinshipTarget kinship, CommonScenarios common) throws Exception {
        if (common.wanted("persist")) {
            common.run("persist", kinship, () -> persist(kinship));
        }
        if (common.wanted("history")) {
            common.run("history", kinship, () -> history(kinship));
        }
        if (common.wanted("login")) {
            common.run("login_storm", kinship, () -> LoginStorm.run(kinship, connector, loop, mode));
        }
    }

    /** One sender in each of the 250 support rooms, each waiting for commit acks. */
    private Metrics persist(KinshipTarget kinship) throws Exception {
        Shape shape = Mode.SUPPORT;
        List<String> rooms = kinship.rooms(shape);
        List<Connector.Spec> specs = new ArrayList<>();
        for (int r = 0; r < shape.rooms(); r++) {
            specs.add(joined(kinship, kinship.identity(r * shape.members()), rooms.get(r)));
        }
        List<Session> senders = open(specs);
        try {
            new ClosedLoopSends(loop, kinship.dialect(), senders, PERSIST_WINDOW, Long.MAX_VALUE).start(PERSIST_WARM_UP_S).join();
            CpuMeter machine = CpuMeter.machine().start();
            CpuMeter generator = CpuMeter.self().start();
            CpuMeter server = new CpuMeter(kinship.pid()).start();
            ClosedLoopSends.Outcome o = new ClosedLoopSends(loop, kinship.dialect(), senders, PERSIST_WINDOW, Long.MAX_VALUE)
                    .start(mode.persistSeconds()).join();
            double g = generator.coresUsed();
            double s = server.coresUsed();
            // Server CPU per acknowledged message tells the server's own cost apart from time lost to other work.
            return latency(new Metrics().put("senders", senders.size()).put("in_flight", senders.size() * PERSIST_WINDOW)
                    .put("persisted_per_s", o.perSecond()).put("errors", o.errors())
                    .put("server_cpu_cores", s).put("server_cpu_us_per_msg", o.perSecond() > 0 ? s * 1e6 / o.perSecond() : 0)
                    .put("generator_cpu_cores", g).put("other_cpu_cores", Math.max(0, machine.coresUsed() - g - s)), o.latency());
        } finally {
            Connector.closeAll(senders);
        }
    }

    /** Fills one room with the history size, then pages it from newest to first with several readers. */
    private Metrics history(KinshipTarget kinship) throws Exception {
        String room = kinship.admin().createRoom("bench history").join();
        List<Connector.Spec> specs = new ArrayList<>();
        for (int i = 0; i <= HISTORY_READERS; i++) {
            specs.add(joined(kinship, kinship.identity(i), room));
        }
        List<Session> sessions = open(specs);
        try {
            long t = System.nanoTime();
            ClosedLoopSends.Outcome fill = new ClosedLoopSends(loop, kinship.dialect(), sessions.subList(0, 1),
                    HISTORY_FILL_WINDOW, mode.historyMessages()).start(HISTORY_FILL_MAX_S).join();
            double fillSeconds = (System.nanoTime() - t) / 1e9;
            HistoryPager.Outcome read = new HistoryPager(loop, sessions.subList(1, sessions.size()), HISTORY_PAGE)
                    .start(mode.historySeconds()).join();
            return latency(new Metrics().put("messages", fill.acked()).put("fill_s", fillSeconds)
                    .put("readers", HISTORY_READERS).put("page", HISTORY_PAGE)
                    .put("pages_per_s", read.pages() / read.seconds())
                    .put("messages_per_s", read.pages() * HISTORY_PAGE / read.seconds())
                    .put("full_passes", read.fullPasses()).put("errors", read.errors()), read.latency());
        } finally {
            Connector.closeAll(sessions);
        }
    }

    public void jdbcCeiling(Path repo) {
        JdbcCeilingRun.run(repo, runDir, mode, report);
    }

    static Metrics latency(Metrics m, Latency l) {
        return m.put("p50_ms", l.p50Ms()).put("p99_ms", l.p99Ms()).put("p999_ms", l.p999Ms()).put("max_ms", l.maxMs());
    }

    private static Connector.Spec joined(KinshipTarget kinship, Identity who, String room) {
        return new Connector.Spec(who, new Session(kinship.dialect(), kinship.dialect().joinSteps(who, room), room));
    }

    private List<Session> open(List<Connector.Spec> specs) throws InterruptedException {
        Connector.Opened opened = connector.open(specs);
        if (opened.failed() > 0) {
            Connector.closeAll(opened.sessions());
            throw new IllegalStateException(opened.failed() + " connections failed: " + opened.firstError());
        }
        return opened.sessions();
    }
}
