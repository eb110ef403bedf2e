package org.kinship.bench.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kinship.bench.proc.ServerProcess;
import org.kinship.bench.report.Report;

/** Runs {@link org.kinship.bench.jdbc.JdbcCeiling} in its own JVM on the server core and records rows/s. */
final class JdbcCeilingRun {
    /** Writes per commit: Kinship's writer takes at most 1,024 queued writes per transaction. */
    static final int BATCH = 1024;
    static final long TIMEOUT_S = 300;
    private static final Pattern RESULT = Pattern.compile("RESULT rows=(\\d+) seconds=([0-9.]+) commits=(\\d+)");

    private JdbcCeilingRun() {
    }

    static void run(Path repo, Path runDir, Mode mode, Report report) {
        Path schema = runDir.resolve("kinship-data/kinship.db");
        try {
            Process p = new ProcessBuilder(List.of("taskset", "-c", ServerProcess.SERVER_CORE, "java", "-cp",
                    repo.resolve("bench/target/kinship-bench.jar").toString(), "org.kinship.bench.jdbc.JdbcCeiling",
                    schema.toString(), runDir.resolve("jdbc-ceiling.db").toString(),
                    Double.toString(mode.persistSeconds()), Integer.toString(BATCH), Integer.toString(Mode.SUPPORT.rooms())))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Matcher m = RESULT.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no RESULT line from the JDBC loop: " + out);
            }
            double rows = Double.parseDouble(m.group(1));
            double seconds = Double.parseDouble(m.group(2));
            Metrics metrics = new Metrics().put("batch", BATCH).put("persisted_per_s", rows / seconds)
                    .put("commits_per_s", Double.parseDouble(m.group(3)) / seconds);
            report.add("persist", "jdbc", metrics);
            System.out.printf("%-10s %-22s persisted_per_s=%.0f%n", "jdbc", "persist", rows / seconds);
        } catch (Exception e) {
            report.failed("persist", "jdbc", e);
            System.out.println("jdbc       persist                FAILED: " + e);
        }
    }
}
