package org.kinship.bench.xmpp;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kinship.bench.load.Dialect;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Shape;
import org.kinship.bench.load.Target;
import org.kinship.bench.proc.ServerProcess;

/**
 * Prosody (the Debian package) as the XMPP reference: group chat in multi-user chat rooms over
 * XMPP-over-WebSocket, room history archived in SQLite (mod_muc_mam, storage "sql"). People sign in with
 * SASL ANONYMOUS, so no accounts are made; everything listens on loopback only.
 */
public final class ProsodyTarget implements Target {
    static final String MUC_HOST = "conference.localhost";

    private final ServerProcess process;
    private final int httpPort;

    private ProsodyTarget(ServerProcess process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    /** Why Prosody cannot run here, or null when it can. */
    public static String unavailableReason() {
        if (!Files.isExecutable(Path.of("/usr/bin/prosody"))) {
            return "prosody is not installed (apt-get install prosody lua-dbi-sqlite3)";
        }
        if (!Files.isDirectory(Path.of("/usr/lib/x86_64-linux-gnu/lua/5.4/dbd")) && !Files.exists(Path.of("/usr/share/lua/5.4/DBI.lua"))) {
            return "lua-dbi-sqlite3 is not installed, so Prosody cannot keep history in SQLite";
        }
        return null;
    }

    /** Starts a Prosody with its own empty data directory and log, both named {@code prosody-<label>}. */
    public static ProsodyTarget start(Path runDir, String label, int httpPort, int c2sPort) throws IOException {
        Path dir = Files.createDirectories(runDir.resolve("prosody-" + label));
        Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("prosody.cfg.lua");
        Files.writeString(config, config(dir, httpPort, c2sPort));
        ServerProcess p = ServerProcess.start("prosody", List.of("prosody", "--config", config.toString(), "-F"),
                dir, runDir.resolve("prosody-" + label + ".log"), httpPort);
        return new ProsodyTarget(p, httpPort);
    }

    static String config(Path dir, int httpPort, int c2sPort) {
        return """
                pidfile = "%1$s/prosody.pid"
                data_path = "%1$s/data"
                run_as_root = true
                daemonize = false
                log = { { levels = { min = "warn" }, to = "console" } }
                interfaces = { "127.0.0.1" }
                c2s_ports = { %3$d }
                s2s_ports = { }
                http_interfaces = { "127.0.0.1" }
                http_ports = { %2$d }
                https_ports = { }
                consider_websocket_secure = true
                cross_domain_websocket = true
                c2s_require_encryption = false
                storage = "sql"
                sql = { driver = "SQLite3", database = "prosody.sqlite" }
                modules_enabled = { "saslauth", "disco", "ping", "websocket", "http" }
                modules_disabled = { "s2s", "tls", "limits" }
                VirtualHost "localhost"
                  authentication = "anonymous"
                Component "%4$s" "muc"
                  modules_enabled = { "muc_mam" }
                  muc_log_by_default = true
                  muc_log_all_rooms = true
                  muc_room_locking = false
                  restrict_room_creation = false
                """.formatted(dir, httpPort, c2sPort, MUC_HOST);
    }

    @Override
    public String name() {
        return "prosody";
    }

    @Override
    public Dialect dialect() {
        return XmppDialect.INSTANCE;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void preparePeople(int count) {
        // SASL ANONYMOUS: nobody to register.
    }

    @Override
    public Identity identity(int index) {
        return new Identity(URI.create("ws://127.0.0.1:" + httpPort + "/xmpp-websocket"),
                new DefaultHttpHeaders().set("Origin", "http://127.0.0.1:" + httpPort), "xmpp", "n" + index);
    }

    @Override
    public List<String> rooms(Shape shape) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < shape.rooms(); r++) {
            ids.add("b" + shape.label() + "-" + r + "@" + MUC_HOST);
        }
        return ids;
    }

    @Override
    public void close() {
        process.close();
    }
}
