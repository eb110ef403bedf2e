package org.kinship.server.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** The PEM files that turn on HTTPS and WSS: a certificate chain and its PKCS#8 private key. */
public record TlsFiles(Path certificateChain, Path privateKey) {
    public TlsFiles {
        if (certificateChain == null || privateKey == null) {
            throw new ConfigException("--tls-cert", "and --tls-key go together: give both or neither");
        }
        if (!Files.isReadable(certificateChain)) {
            throw new ConfigException("--tls-cert", "cannot read " + certificateChain);
        }
        if (!Files.isReadable(privateKey)) {
            throw new ConfigException("--tls-key", "cannot read " + privateKey);
        }
    }
}
