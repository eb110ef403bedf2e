package org.kinship.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Session;
import org.kinship.bench.load.Target;
import org.kinship.bench.proc.CpuMeter;
import org.kinship.bench.proc.ProcStats;

/**
 * Opens {@code n} signed-in connections as fast as the server takes them ({@link Connector#MAX_IN_FLIGHT}
 * handshakes in flight), holds them, and reads the server's resident memory before and after.
 * Connections cycle through the prepared people, so one person may hold several.
 */
public final class ConnectStorm {
    /** Time for the server to settle after the last handshake before its memory is read. */
    static final long SETTLE_MS = 1_000;

    private ConnectStorm() {
    }

    public static Metrics run(Target target, Connector connector, int n, int people) throws Exception {
        List<Connector.Spec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Identity who = target.identity(i % people);
            specs.add(new Connector.Spec(who, new Session(target.dialect(), target.dialect().connectSteps(who), null)));
        }
        Thread.sleep(SETTLE_MS);
        long before = ProcStats.rssKb(target.pid());
        CpuMeter machine = CpuMeter.machine().start();
        CpuMeter generator = CpuMeter.self().start();
        CpuMeter cpu = new CpuMeter(target.pid()).start();
        Connector.Opened opened = connector.open(specs);
        double serverCpu = cpu.coresUsed();
        double generatorCpu = generator.coresUsed();
        double otherCpu = Math.max(0, machine.coresUsed() - serverCpu - generatorCpu);
        Thread.sleep(SETTLE_MS);
        long after = ProcStats.rssKb(target.pid());
        Connector.closeAll(opened.sessions());
        Thread.sleep(SETTLE_MS);
        Metrics m = new Metrics()
                .put("connections", opened.sessions().size())
                .put("failed", opened.failed())
                .put("handshakes_per_s", opened.perSecond())
                .put("server_cpu_cores", serverCpu)
                .put("generator_cpu_cores", generatorCpu)
                .put("other_cpu_cores", otherCpu)
                .put("valid", generatorCpu < Measured.GENERATOR_SATURATED)
                .put("rss_before_kb", before)
                .put("rss_after_kb", after)
                .put("kb_per_conn", opened.sessions().isEmpty() ? Double.NaN
                        : (double) (after - before) / opened.sessions().size());
        if (opened.firstError() != null) {
            m.put("first_error", opened.firstError());
        }
        return m;
    }
}
