package org.kinship.bench.proc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test, started pinned to the server core. Its console goes to a log file and is kept
 * in memory so the caller can look for lines (Kinship's setup code). Stopped with SIGTERM, then SIGKILL.
 */
public final class ServerProcess implements AutoCloseable {
    /** The core every server under test runs on; the generator takes the other one. */
    public static final String SERVER_CORE = "0";
    static final long START_TIMEOUT_MS = 60_000;
    static final long STOP_TIMEOUT_MS = 15_000;

    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(() -> pump(log), name + "-console");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code command} under {@code taskset -c SERVER_CORE} and waits until it accepts on {@code port}. */
    public static ServerProcess start(String name, List<String> command, Path workDir, Path log, int port) {
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", SERVER_CORE));
        pinned.addAll(command);
        try {
            Process p = new ProcessBuilder(pinned).directory(workDir.toFile()).redirectErrorStream(true).start();
            ServerProcess server = new ServerProcess(name, p, log);
            server.awaitPort(port);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    /** Waits for a console line matching {@code pattern} and returns its first group. */
    public String awaitLine(Pattern pattern, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        int seen = 0;
        while (System.currentTimeMillis() < deadline) {
            synchronized (lines) {
                for (; seen < lines.size(); seen++) {
                    Matcher m = pattern.matcher(lines.get(seen));
                    if (m.find()) {
                        return m.group(1);
                    }
                }
                lines.wait(200);
            }
        }
        throw new IllegalStateException(name + " printed no line matching " + pattern);
    }

    private void awaitPort(int port) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before listening");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        throw new IllegalStateException(name + " did not listen on port " + port);
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.println(line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended; its console is closed.
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
