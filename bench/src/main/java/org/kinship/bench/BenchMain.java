package org.kinship.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.kinship.bench.scenario.Mode;

/**
 * The generator's entry point (bench/run starts it pinned to the generator core):
 * {@code java -jar kinship-bench.jar [--quick] [--repo DIR] [--only a,b]}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.full();
        Path repo = Path.of(".");
        String only = "all";
        String shapes = null;
        String scenarios = "all";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> mode = Mode.quick();
                case "--repo" -> repo = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--shapes" -> shapes = args[++i];
                case "--scenarios" -> scenarios = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: [--quick] [--repo DIR] [--only kinship,node,netty,prosody,jdbc]"
                        + " [--shapes 1x1000,250x8] [--scenarios storm,fanout,support,persist,history,login]");
            }
        }
        if (shapes != null) {
            mode = mode.withShapes(shapes);
        }
        repo = repo.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = Files.createDirectories(repo.resolve("bench/results/" + stamp + "-" + mode.name()));
        new Suite(repo, runDir, mode, only, scenarios).run();
    }
}
