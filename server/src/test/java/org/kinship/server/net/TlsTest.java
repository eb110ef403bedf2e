package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinship.server.Kinship;
import org.kinship.server.config.ConfigException;
import org.kinship.server.config.Heartbeat;
import org.kinship.server.config.RateLimits;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.config.TlsFiles;

/** With PEM files the server speaks HTTPS and WSS only, and its session cookie is Secure. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void signInAndTheWebSocketRunOverTlsWithASecureCookie() throws Exception {
        X509Bundle bundle = new CertificateBuilder().subject("CN=localhost").addSanDnsName("localhost")
                .setIsCertificateAuthority(true).buildSelfSigned();
        Path cert = Files.writeString(dir.resolve("cert.pem"), bundle.getCertificatePathPEM());
        Path key = Files.writeString(dir.resolve("key.pem"), bundle.getPrivateKeyPEM());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerConfig config = new ServerConfig("127.0.0.1", port, dir.resolve("data"), ServerConfig.localOrigins(port, true), 4,
                Duration.ofDays(2), Duration.ofDays(1), RateLimits.DEFAULT, new TlsFiles(cert, key), Heartbeat.DEFAULT);
        try (Kinship kinship = Kinship.start(config, Clock.systemUTC())) {
            SSLContext trusting = SSLContext.getInstance("TLS");
            trusting.init(null, bundle.toTrustManagerFactory().getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(trusting).build();
            String base = "https://localhost:" + port;
            HttpResponse<String> setup = client.send(HttpRequest.newBuilder(URI.create(base + "/api/setup"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"setupCode\":\"" + kinship.setupCode()
                            + "\",\"handle\":\"river\",\"password\":\"a long enough passphrase\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, setup.statusCode());
            String setCookie = setup.headers().firstValue("set-cookie").orElseThrow();
            assertTrue(setCookie.toLowerCase().contains("; secure"), setCookie);

            CompletableFuture<String> welcome = new CompletableFuture<>();
            WebSocket ws = client.newWebSocketBuilder()
                    .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                    .header("Origin", base)
                    .buildAsync(URI.create("wss://localhost:" + port + "/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            welcome.complete(data.toString());
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            assertTrue(welcome.get(10, TimeUnit.SECONDS).contains("\"welcome\""));
            ws.abort();

            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(java.io.IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()), "no plain HTTP on the TLS port");
        }
    }

    @Test
    void aMissingOrMismatchedKeyStopsTheStartNamingTheKey() throws Exception {
        assertEquals("--tls-key", assertThrows(ConfigException.class,
                () -> new TlsFiles(Files.writeString(dir.resolve("c.pem"), "x"), dir.resolve("missing.pem"))).key());
        assertEquals("--tls-cert", assertThrows(ConfigException.class, () -> new TlsFiles(null, dir.resolve("k.pem"))).key());
    }
}
