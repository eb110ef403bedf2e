package org.kinship.bench.kinship;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.kinship.bench.client.WsClients;
import org.kinship.bench.load.Dialect;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Shape;
import org.kinship.bench.load.Target;
import org.kinship.bench.proc.ServerProcess;

/**
 * Kinship itself: the real jar on its own data directory. On first start it reads the setup code from
 * the console, creates the admin, and then registers people through invites as scenarios need them.
 * Cookies outlive a restart (sessions are in the database), so the login storm can restart it with
 * the real bcrypt cost and keep everyone signed in.
 */
public final class KinshipTarget implements Target {
    /** The setup code line: four-character groups joined by dashes, alone on an indented line. */
    static final Pattern SETUP_CODE = Pattern.compile("^\\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4}){2,5})\\s*$");
    static final long SETUP_CODE_WAIT_MS = 30_000;
    /** Registrations in flight at once. */
    static final int REGISTER_WINDOW = 16;
    public static final String PASSWORD = "bench-password-2026";

    private final Path jar;
    private final Path dataDir;
    private final Path logDir;
    private final int port;
    private final WsClients clients;
    private final List<String> cookies = new ArrayList<>();
    private final Map<String, List<String>> rooms = new HashMap<>();
    private ServerProcess process;
    private KinshipApi api;
    private KinshipAdmin admin;
    private String adminCookie;

    public KinshipTarget(Path jar, Path dataDir, Path logDir, int port, WsClients clients) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.port = port;
        this.clients = clients;
    }

    /** Starts (or restarts) the server with the given bcrypt cost; creates the admin on first start. */
    public void start(int bcryptCost) throws Exception {
        close();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(extraJvmOptions());
        command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--data", dataDir.toString(), "--bcrypt-cost", Integer.toString(bcryptCost),
                // The generator speaks for thousands of people from a few accounts' worth of traffic each;
                // per-person message limits would measure the limiter, not the server.
                "--message-rate", "100000", "--message-burst", "100000"));
        process = ServerProcess.start("kinship", command,
                dataDir.getParent(), logDir.resolve("kinship-cost" + bcryptCost + ".log"), port);
        api = new KinshipApi(port);
        if (adminCookie == null) {
            String code = process.awaitLine(SETUP_CODE, SETUP_CODE_WAIT_MS);
            adminCookie = api.setup(code, "bench_admin", PASSWORD);
        }
        admin = KinshipAdmin.connect(clients, identityFor(adminCookie, "bench_admin"));
    }

    /**
     * JVM options for the server from {@code KINSHIP_BENCH_JVM_OPTS} (space-separated), e.g. to record a
     * profile: {@code -XX:StartFlightRecording=filename=/tmp/k.jfr,settings=profile}.
     */
    private static List<String> extraJvmOptions() {
        String options = System.getenv("KINSHIP_BENCH_JVM_OPTS");
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    public KinshipApi api() {
        return api;
    }

    public KinshipAdmin admin() {
        return admin;
    }

    @Override
    public String name() {
        return "kinship";
    }

    @Override
    public Dialect dialect() {
        return KinshipDialect.INSTANCE;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    /**
     * A full collection in the server ({@code jcmd PID GC.run}): what is alive so far (thousands of fresh
     * connections) moves to the old generation at once, rather than being copied by each young collection
     * of the next minutes, as in a server that has been up for a while.
     */
    public void collectGarbage() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed for the server, pid " + pid());
        }
    }

    @Override
    public void preparePeople(int count) throws Exception {
        Semaphore window = new Semaphore(REGISTER_WINDOW);
        List<CompletableFuture<String>> made = new ArrayList<>();
        for (int i = cookies.size(); i < count; i++) {
            window.acquire();
            String handle = handle(i);
            CompletableFuture<String> cookie = admin.createInvite()
                    .thenCompose(invite -> api.register(invite, handle, PASSWORD))
                    .whenComplete((c, e) -> window.release());
            made.add(cookie);
        }
        for (CompletableFuture<String> cookie : made) {
            cookies.add(cookie.join());
        }
    }

    /** Registers one more person now (e.g. under the real bcrypt cost) and returns their handle. */
    public String registerExtra(String handle) {
        admin.createInvite().thenCompose(invite -> api.register(invite, handle, PASSWORD)).join();
        return handle;
    }

    public static String handle(int index) {
        return "person" + index;
    }

    @Override
    public Identity identity(int index) {
        return identityFor(cookies.get(index), handle(index));
    }

    @Override
    public List<String> rooms(Shape shape) throws Exception {
        List<String> ids = rooms.get(shape.label());
        if (ids == null) {
            List<CompletableFuture<String>> made = new ArrayList<>();
            for (int r = 0; r < shape.rooms(); r++) {
                made.add(admin.createRoom("bench " + shape.label() + " #" + r));
            }
            ids = made.stream().map(CompletableFuture::join).toList();
            rooms.put(shape.label(), ids);
        }
        return ids;
    }

    private Identity identityFor(String cookie, String name) {
        HttpHeaders headers = new DefaultHttpHeaders()
                .set("Cookie", "kinship_session=" + cookie)
                .set("Origin", "http://127.0.0.1:" + port);
        return new Identity(URI.create("ws://127.0.0.1:" + port + "/ws"), headers, null, name);
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
