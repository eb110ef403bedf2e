package org.kinship.bench.scenario;

import io.netty.channel.EventLoop;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Shape;
import org.kinship.bench.load.Target;
import org.kinship.bench.report.Report;

/** The scenarios every server runs: connect storm, fan-out per shape, and the support-group load. */
public final class CommonScenarios {
    private final Connector connector;
    private final EventLoop loop;
    private final Mode mode;
    private final Report report;
    private final String scenarios;

    public CommonScenarios(Connector connector, EventLoop loop, Mode mode, Report report, String scenarios) {
        this.scenarios = scenarios;
        this.connector = connector;
        this.loop = loop;
        this.mode = mode;
        this.report = report;
    }

    public void runAll(Target target) {
        runAll(target, shape -> true, true);
    }

    /** All scenarios, fan-out only for the shapes {@code shapes} accepts, the connect storm only if {@code storm}. */
    public void runAll(Target target, java.util.function.Predicate<Shape> shapes, boolean storm) {
        if (storm) {
            runStorm(target);
        }
        runFanout(target, shapes);
        if (wanted("support")) {
            runSupport(target);
        }
    }

    public void runStorm(Target target) {
        if (wanted("storm")) {
            run("connect_storm", target, () -> ConnectStorm.run(target, connector, mode.stormConnections(), mode.peopleNeeded()));
        }
    }

    /** The fan-out search for each shape of the mode that {@code shapes} accepts. */
    public void runFanout(Target target, java.util.function.Predicate<Shape> shapes) {
        if (wanted("fanout")) {
            for (Shape shape : mode.shapes().stream().filter(shapes).toList()) {
                run("fanout_" + shape.label(), target, () -> FanoutSearch.run(target, connector, loop, shape, mode));
            }
        }
    }

    public void runSupport(Target target) {
        run("support", target, () -> SupportLoad.run(target, connector, loop, mode.supportSeconds()));
    }

    /** Whether the scenario group was asked for (--scenarios, default all). */
    public boolean wanted(String name) {
        return scenarios.equals("all") || java.util.List.of(scenarios.split(",")).contains(name);
    }

    /** A scenario that runs once; a failure is recorded and the next scenario still runs. */
    @FunctionalInterface
    public interface Scenario {
        Metrics run() throws Exception;
    }

    public void run(String scenario, Target target, Scenario body) {
        long start = System.nanoTime();
        System.out.printf("%-10s %-22s ...%n", target.name(), scenario);
        try {
            Metrics m = body.run();
            report.add(scenario, target.name(), m.put("elapsed_s", (System.nanoTime() - start) / 1e9));
            System.out.printf("%-10s %-22s %s%n", target.name(), scenario, brief(m));
        } catch (Exception | Error e) {
            Exception wrapped = e instanceof Exception ex ? ex : new RuntimeException(e);
            report.failed(scenario, target.name(), wrapped);
            System.out.printf("%-10s %-22s FAILED: %s%n", target.name(), scenario, e);
        }
    }

    private static String brief(Metrics m) {
        StringBuilder s = new StringBuilder();
        m.asMap().forEach((k, v) -> {
            if (!(v instanceof java.util.List<?>)) {
                s.append(k).append('=').append(v).append(' ');
            }
        });
        return s.toString();
    }
}
