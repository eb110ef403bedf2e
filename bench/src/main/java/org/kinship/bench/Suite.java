package org.kinship.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.kinship.bench.client.WsClients;
import org.kinship.bench.kinship.KinshipTarget;
import org.kinship.bench.load.BroadcastTarget;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Shape;
import org.kinship.bench.report.Report;
import org.kinship.bench.scenario.CommonScenarios;
import org.kinship.bench.scenario.KinshipScenarios;
import org.kinship.bench.scenario.Mode;
import org.kinship.bench.xmpp.ProsodyTarget;

/** Runs every server in turn on loopback, then prints the headlines and the summary line and writes the JSON. */
final class Suite {
    private final Path repo;
    private final Path runDir;
    private final Mode mode;
    private final String only;
    private final String scenarios;
    /** Largest room Prosody is asked to fill: each join sends a presence to every occupant. */
    static final int PROSODY_MAX_MEMBERS = 100;
    private final Report report = new Report();

    Suite(Path repo, Path runDir, Mode mode, String only, String scenarios) {
        this.scenarios = scenarios;
        this.repo = repo;
        this.runDir = runDir;
        this.mode = mode;
        this.only = only;
    }

    void run() throws Exception {
        long start = System.nanoTime();
        report.about("mode", mode.name());
        report.about("machine", Machine.describe());
        report.about("started", java.time.Instant.now().toString());
        try (WsClients clients = new WsClients()) {
            Connector connector = new Connector(clients);
            CommonScenarios common = new CommonScenarios(connector, clients.loop(), mode, report, scenarios);
            if (wanted("kinship")) {
                runKinship(clients, connector, common);
            }
            if (wanted("jdbc")) {
                new KinshipScenarios(connector, clients.loop(), mode, report, runDir).jdbcCeiling(repo);
            }
            if (wanted("node")) {
                int port = freePort();
                try (BroadcastTarget node = BroadcastTarget.start("node", List.of("node",
                        repo.resolve("bench/node/server.js").toString(), Integer.toString(port)), repo, runDir, port)) {
                    common.runAll(node);
                }
            }
            if (wanted("netty")) {
                int port = freePort();
                try (BroadcastTarget netty = BroadcastTarget.start("netty", List.of("java", "-cp", benchJar().toString(),
                        "org.kinship.bench.ref.NettyBroadcastServer", Integer.toString(port)), repo, runDir, port)) {
                    common.runAll(netty, shape -> true, !mode.name().equals("quick")); // its storm only in the full run
                }
            }
            if (wanted("prosody")) {
                runProsody(common);
            }
        }
        report.about("elapsed_s", Math.round((System.nanoTime() - start) / 1e9));
        Headlines.compute(report, mode);
        System.out.println();
        System.out.print(report.table());
        report.write(runDir.resolve("results.json"));
        System.out.println("Full results: " + runDir.resolve("results.json"));
        System.out.println(report.summaryLine());
    }

    private void runKinship(WsClients clients, Connector connector, CommonScenarios common) throws Exception {
        try (KinshipTarget kinship = new KinshipTarget(repo.resolve("server/target/kinship.jar"),
                runDir.resolve("kinship-data"), runDir, freePort(), clients)) {
            kinship.start(KinshipScenarios.FAST_BCRYPT_COST);
            long t = System.nanoTime();
            kinship.preparePeople(mode.peopleNeeded());
            report.about("kinship_register_s", Math.round((System.nanoTime() - t) / 1e8) / 10.0);
            common.runAll(kinship);
            new KinshipScenarios(connector, clients.loop(), mode, report, runDir).runAll(kinship, common);
        }
    }

    /** Prosody runs the shapes whose rooms it can fill in reasonable time (joins cost members^2 presences). */
    private void runProsody(CommonScenarios common) throws IOException {
        String reason = ProsodyTarget.unavailableReason();
        if (reason != null) {
            report.about("prosody", "unavailable: " + reason);
            System.out.println("prosody    unavailable: " + reason);
            return;
        }
        if (mode.name().equals("quick")) {
            // Its 250x8 fan-out only: its joins are slow, and the support load alone took 45 s of a quick run.
            runProsody("fanout_" + Mode.SUPPORT.label(), prosody -> common.runFanout(prosody, Mode.SUPPORT::equals));
            return;
        }
        // A fresh Prosody for each scenario. Overloaded, it goes on storing the messages it queued (each with its
        // own commit) for minutes after a step ends, and the next scenario's connections then timed out.
        if (common.wanted("storm")) {
            runProsody("storm", common::runStorm);
        }
        for (Shape shape : mode.shapes()) {
            if (shape.members() <= PROSODY_MAX_MEMBERS && common.wanted("fanout")) {
                runProsody("fanout_" + shape.label(), prosody -> common.runFanout(prosody, shape::equals));
            }
        }
        if (common.wanted("support")) {
            runProsody("support", common::runSupport);
        }
    }

    private void runProsody(String label, Consumer<ProsodyTarget> scenarios) throws IOException {
        try (ProsodyTarget prosody = ProsodyTarget.start(runDir, label, freePort(), freePort())) {
            scenarios.accept(prosody);
        }
    }

    private boolean wanted(String name) {
        return only.equals("all") || List.of(only.split(",")).contains(name);
    }

    private Path benchJar() {
        return repo.resolve("bench/target/kinship-bench.jar");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
