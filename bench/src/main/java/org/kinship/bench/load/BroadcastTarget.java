package org.kinship.bench.load;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kinship.bench.kinship.KinshipDialect;
import org.kinship.bench.proc.ServerProcess;

/**
 * A reference broadcast server (Node `ws` or plain Netty): no accounts, no storage, Kinship's JSON.
 * Rooms are just numbers, distinct per shape.
 */
public final class BroadcastTarget implements Target {
    private final String name;
    private final ServerProcess process;
    private final int port;
    private final Map<String, List<String>> rooms = new HashMap<>();

    private BroadcastTarget(String name, ServerProcess process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    public static BroadcastTarget start(String name, List<String> command, Path workDir, Path logDir, int port) {
        return new BroadcastTarget(name, ServerProcess.start(name, command, workDir, logDir.resolve(name + ".log"), port), port);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Dialect dialect() {
        return KinshipDialect.INSTANCE;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void preparePeople(int count) {
        // Nobody signs in.
    }

    @Override
    public Identity identity(int index) {
        return new Identity(URI.create("ws://127.0.0.1:" + port + "/ws"),
                new DefaultHttpHeaders().set("Origin", "http://127.0.0.1:" + port), null, "p" + index);
    }

    @Override
    public List<String> rooms(Shape shape) {
        return rooms.computeIfAbsent(shape.label(), label -> {
            List<String> ids = new ArrayList<>();
            int base = (rooms.size() + 1) * 10_000;
            for (int r = 0; r < shape.rooms(); r++) {
                ids.add(Integer.toString(base + r));
            }
            return ids;
        });
    }

    @Override
    public void close() {
        process.close();
    }
}
