package org.kinship.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The HTTP API as a test uses it: sign-ins that return the session cookie for a WebSocket. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ServerAddress server;
    private final java.util.function.Supplier<String> setupCode;

    /** {@code setupCode} reads the code the server printed, for {@link #setupAdmin}. */
    public Api(ServerAddress server, java.util.function.Supplier<String> setupCode) {
        this.server = server;
        this.setupCode = setupCode;
    }

    /** A response: status, parsed body and the session cookie it set, if any. */
    public record Response(int status, JsonNode body, String cookie) {
        public String code() {
            return body.path("code").asText();
        }
    }

    public Response post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return post(path, body, null);
    }

    public Response post(String path, Map<String, ?> body, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** A post as a page on another site would send it. */
    public Response postFrom(String path, Map<String, ?> body, String origin) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Response get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** Creates the first admin with the printed setup code; returns their session cookie. */
    public String setupAdmin(String handle) throws IOException, InterruptedException {
        Response r = post("/api/setup", Map.of("setupCode", setupCode.get(), "handle", handle,
                "password", password(handle)));
        return expectCookie(r);
    }

    public String register(String inviteCode, String handle) throws IOException, InterruptedException {
        return expectCookie(post("/api/register", Map.of("inviteCode", inviteCode, "handle", handle, "password", password(handle))));
    }

    public String login(String handle) throws IOException, InterruptedException {
        return expectCookie(post("/api/login", Map.of("handle", handle, "password", password(handle))));
    }

    /** Every test person's password, derived from their handle. */
    public static String password(String handle) {
        return "pw-" + handle + "-long-enough";
    }

    private static String expectCookie(Response r) {
        if (r.status() != 200 || r.cookie() == null) {
            throw new AssertionError("sign-in failed: " + r.status() + " " + r.body());
        }
        return r.cookie();
    }

    private static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("set-cookie")
                .map(c -> c.substring(0, c.indexOf(';')))
                .filter(c -> !c.endsWith("="))
                .orElse(null);
        JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), body, cookie);
    }
}
