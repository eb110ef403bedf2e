package org.kinship.server.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The web client, read whole from the classpath ({@code web/}) once at start-up. Serving is then a
 * map look-up: no file system access on an event loop, and no request path can reach a file outside
 * the set that was loaded.
 */
public final class StaticFiles {
    static final String ROOT = "web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "webmanifest", "application/manifest+json",
            "txt", "text/plain; charset=utf-8");

    /** One file ready to send. */
    public record File(byte[] bytes, String contentType) {
    }

    private final Map<String, File> files;

    private StaticFiles(Map<String, File> files) {
        this.files = Map.copyOf(files);
    }

    public static StaticFiles loadFromClasspath() {
        URL index = StaticFiles.class.getClassLoader().getResource(ROOT + "index.html");
        if (index == null) {
            throw new IllegalStateException("the web client is missing from the classpath (web/index.html)");
        }
        Map<String, File> files = new HashMap<>();
        try {
            if ("jar".equals(index.getProtocol())) {
                loadJar((JarURLConnection) index.openConnection(), files);
            } else {
                loadDirectory(Path.of(index.toURI()).getParent(), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web client", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new StaticFiles(files);
    }

    /** The file for a request path such as {@code /js/main.js}; {@code /} means the index page. */
    public Optional<File> find(String path) {
        String key = path.equals("/") ? "index.html" : path.startsWith("/") ? path.substring(1) : path;
        return Optional.ofNullable(files.get(key));
    }

    private static void loadJar(JarURLConnection connection, Map<String, File> files) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            var entries = jar.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        put(files, entry.getName().substring(ROOT.length()), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void loadDirectory(Path root, Map<String, File> files) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                put(files, root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    private static void put(Map<String, File> files, String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type != null) {
            files.put(name, new File(bytes, type));
        }
    }
}
