package org.kinship.bench.scenario;

import io.netty.channel.EventLoop;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Target;

/** The realistic load: 250 rooms of 8, each member posting once every 10 s, for a fixed time. */
public final class SupportLoad {
    /** A short run first, so the server's JIT is warm before the measured run. */
    static final double WARM_UP_S = 2;

    private SupportLoad() {
    }

    public static double rate() {
        return Mode.SUPPORT.people() / Mode.SUPPORT_POST_EVERY_S;
    }

    public static Metrics run(Target target, Connector connector, EventLoop loop, double seconds) throws Exception {
        try (RoomSessions sessions = RoomSessions.open(target, connector, Mode.SUPPORT)) {
            Measured.run(loop, target, sessions, rate(), WARM_UP_S);
            return Measured.run(loop, target, sessions, rate(), seconds).toMetrics(seconds).put("seconds", seconds);
        }
    }
}
