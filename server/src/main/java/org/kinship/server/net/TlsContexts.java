package org.kinship.server.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import javax.net.ssl.SSLException;
import org.kinship.server.config.ConfigException;
import org.kinship.server.config.TlsFiles;

/** Builds the server's TLS context from PEM files once at start-up; a bad file stops the start with its key named. */
final class TlsContexts {
    private TlsContexts() {
    }

    static SslContext forServer(TlsFiles files) {
        try {
            return SslContextBuilder.forServer(files.certificateChain().toFile(), files.privateKey().toFile())
                    .protocols("TLSv1.3", "TLSv1.2")
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new ConfigException("--tls-key", "does not match --tls-cert or is not a PKCS#8 PEM key: " + e.getMessage());
        }
    }
}
