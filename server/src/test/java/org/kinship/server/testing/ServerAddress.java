package org.kinship.server.testing;

/** Where a server under test listens: in this JVM ({@link TestServer}) or in a process of its own. */
public interface ServerAddress {
    int port();

    default String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** An Origin the server allows by default. */
    default String origin() {
        return baseUrl();
    }

    /** A server in another process, reached only through its port. */
    static ServerAddress ofPort(int port) {
        return () -> port;
    }
}
