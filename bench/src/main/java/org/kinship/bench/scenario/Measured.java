package org.kinship.bench.scenario;

import io.netty.channel.EventLoop;
import org.kinship.bench.load.FanoutRun;
import org.kinship.bench.load.Latency;
import org.kinship.bench.load.Target;
import org.kinship.bench.proc.CpuMeter;

/**
 * One fan-out run with the CPU of both sides. A run where the generator used more than
 * {@link #GENERATOR_SATURATED} of its core is invalid: its latencies may be the generator's, not the server's.
 * {@code otherCpu} is what the rest of the machine used meanwhile (the whole machine's busy time minus both
 * sides): other work on a shared machine steals the cores both sides were pinned to.
 */
public record Measured(FanoutRun.Outcome outcome, double generatorCpu, double serverCpu, double otherCpu) {
    public static final double GENERATOR_SATURATED = 0.90;
    public static final double P99_LIMIT_MS = 100;

    public static Measured run(EventLoop loop, Target target, RoomSessions sessions, double msgsPerSecond, double seconds) {
        CpuMeter machine = CpuMeter.machine().start();
        CpuMeter generator = CpuMeter.self().start();
        CpuMeter server = new CpuMeter(target.pid()).start();
        FanoutRun.Outcome outcome = new FanoutRun(loop, target.dialect(), sessions.rooms(), msgsPerSecond, seconds).start().join();
        double g = generator.coresUsed();
        double s = server.coresUsed();
        return new Measured(outcome, g, s, Math.max(0, machine.coresUsed() - g - s));
    }

    public boolean valid() {
        return generatorCpu < GENERATOR_SATURATED;
    }

    public boolean withinLimit() {
        return outcome.latency().p99Ms() <= P99_LIMIT_MS && outcome.lost() == 0 && outcome.errors() == 0;
    }

    public double deliveriesPerSecond(double seconds) {
        return outcome.received() / seconds;
    }

    public Metrics toMetrics(double seconds) {
        Latency latency = outcome.latency();
        return new Metrics()
                .put("msgs_per_s", outcome.sentMsgs())
                .put("deliveries_per_s", deliveriesPerSecond(seconds))
                .put("p50_ms", latency.p50Ms())
                .put("p99_ms", latency.p99Ms())
                .put("p999_ms", latency.p999Ms())
                .put("max_ms", latency.maxMs())
                .put("lost", outcome.lost())
                .put("errors", outcome.errors())
                .put("server_cpu_cores", serverCpu)
                .put("generator_cpu_cores", generatorCpu)
                .put("other_cpu_cores", otherCpu)
                .put("valid", valid());
    }
}
