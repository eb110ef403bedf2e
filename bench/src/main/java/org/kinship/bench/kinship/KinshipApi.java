package org.kinship.bench.kinship;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kinship's HTTP sign-in calls; each successful one yields the session cookie's value. */
public final class KinshipApi {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern COOKIE = Pattern.compile("kinship_session=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    public KinshipApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String setup(String code, String handle, String password) throws IOException, InterruptedException {
        return cookie(http.send(post("/api/setup", json("setupCode", code, handle, password)),
                HttpResponse.BodyHandlers.ofString()));
    }

    public CompletableFuture<String> register(String invite, String handle, String password) {
        return http.sendAsync(post("/api/register", json("inviteCode", invite, handle, password)),
                HttpResponse.BodyHandlers.ofString()).thenApply(KinshipApi::cookie);
    }

    /** Signs in and returns the HTTP status (200, 401, 503 busy, ...). */
    public int login(String handle, String password) throws IOException, InterruptedException {
        String body = "{\"handle\":\"" + handle + "\",\"password\":\"" + password + "\"}";
        return http.send(post("/api/login", body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String json(String codeField, String code, String handle, String password) {
        return "{\"" + codeField + "\":\"" + code + "\",\"handle\":\"" + handle + "\",\"password\":\"" + password + "\"}";
    }

    private static String cookie(HttpResponse<String> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find() && !m.group(1).isEmpty()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no session cookie: HTTP " + response.statusCode() + " " + response.body());
    }
}
