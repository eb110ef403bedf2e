package org.kinship.bench;

import org.kinship.bench.load.Shape;
import org.kinship.bench.report.Report;
import org.kinship.bench.scenario.Mode;

/** Turns the results into headline ratios, each against its reference from the same run, and the summary line. */
final class Headlines {
    /** Other processes using more than this many cores during a measurement make the run "contended". */
    static final double CONTENDED_CORES = 0.25;

    private Headlines() {
    }

    static void compute(Report r, Mode mode) {
        double worstNode = Double.NaN;
        double worstNetty = Double.NaN;
        for (Shape shape : mode.shapes()) {
            String s = "fanout_" + shape.label();
            double k = r.number(s, "kinship", "deliveries_per_s");
            double vsNode = r.ratio("deliveries/s " + shape.label() + " (p99<=100ms)", k, r.number(s, "node", "deliveries_per_s"), "node ws");
            double vsNetty = r.ratio("deliveries/s " + shape.label() + " (p99<=100ms)", k, r.number(s, "netty", "deliveries_per_s"), "plain netty");
            worstNode = min(worstNode, vsNode);
            worstNetty = min(worstNetty, vsNetty);
            r.summary("fanout_" + shape.label() + "_per_s", k);
        }
        r.summary("fanout_vs_node", worstNode);
        r.summary("fanout_vs_netty", worstNetty);
        r.summary("persist_vs_jdbc", r.ratio("persisted/s (ack after commit)", r.number("persist", "kinship", "persisted_per_s"),
                r.number("persist", "jdbc", "persisted_per_s"), "bare JDBC group commit"));
        r.summary("persisted_per_s", r.number("persist", "kinship", "persisted_per_s"));
        double kb = r.number("connect_storm", "kinship", "kb_per_conn");
        r.summary("kb_per_conn", kb);
        r.summary("kb_per_conn_vs_node", r.ratio("KiB RSS per held connection", kb, r.number("connect_storm", "node", "kb_per_conn"), "node ws"));
        double handshakes = r.number("connect_storm", "kinship", "handshakes_per_s");
        r.ratio("handshakes/s (signed in, welcomed)", handshakes, r.number("connect_storm", "node", "handshakes_per_s"), "node ws");
        r.summary("handshakes_per_s", handshakes);
        double supportP99 = r.number("support", "kinship", "p99_ms");
        r.summary("support_p99_ms", supportP99);
        r.summary("support_cpu_cores", r.number("support", "kinship", "server_cpu_cores"));
        double vsProsody = r.ratio("support load p99 ms (250x8, 1 msg/10s each)", supportP99,
                r.number("support", "prosody", "p99_ms"), "prosody");
        r.ratio("support load p99 ms (250x8, 1 msg/10s each)", supportP99, r.number("support", "node", "p99_ms"), "node ws");
        r.summary("support_p99_vs_prosody", vsProsody);
        prosodyFanout(r);
        r.row("history pages/s (100 msgs, 4 readers)", r.number("history", "kinship", "pages_per_s"), "no reference");
        r.row("history page p99 ms", r.number("history", "kinship", "p99_ms"), "no reference");
        r.summary("history_pages_per_s", r.number("history", "kinship", "pages_per_s"));
        r.row("login storm: chat p99 growth (x)", r.number("login_storm", "kinship", "p99_growth"), "self, calm vs storm");
        r.summary("login_storm_p99_growth", r.number("login_storm", "kinship", "p99_growth"));
        double other = r.maxOf("other_cpu_cores");
        r.summary("other_cpu_max", other);
        r.summary("machine", Double.isNaN(other) ? "unknown" : other > CONTENDED_CORES ? "contended" : "quiet");
        r.summary("mode", mode.name());
    }

    /**
     * Kinship's 250x8 fan-out over Prosody's. When Prosody sustained none of the rates tried, the ratio is a
     * lower bound against the lowest rate tried, written with a leading "&gt;".
     */
    private static void prosodyFanout(Report r) {
        String s = "fanout_" + Mode.SUPPORT.label();
        double kinship = r.number(s, "kinship", "deliveries_per_s");
        double prosody = r.number(s, "prosody", "deliveries_per_s");
        if (Double.isNaN(prosody) || Double.isNaN(kinship)) {
            r.summary("fanout_vs_prosody", Double.NaN);
        } else if (prosody > 0) {
            r.summary("fanout_vs_prosody", r.ratio("deliveries/s " + Mode.SUPPORT.label() + " (p99<=100ms)", kinship, prosody, "prosody"));
        } else {
            double lowest = r.maxOf(s, "prosody", "lowest_offered_per_s");
            r.row("deliveries/s " + Mode.SUPPORT.label() + " (p99<=100ms)", kinship, "prosody: none >= " + Report.fmt(lowest));
            r.summary("fanout_vs_prosody", ">" + Report.fmt(kinship / lowest));
        }
    }

    private static double min(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.min(a, b);
    }
}
