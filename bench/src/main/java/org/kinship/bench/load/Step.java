package org.kinship.bench.load;

/**
 * One step of bringing a connection up: send {@code frame} (if any), then wait for a frame holding
 * {@code awaitToken}. A reply that is an error fails the connection unless {@code mayFail}.
 */
public record Step(String frame, byte[] awaitToken, boolean mayFail) {
    public static Step await(byte[] token) {
        return new Step(null, token, false);
    }

    public static Step request(String frame, byte[] token) {
        return new Step(frame, token, false);
    }

    public static Step lenient(String frame, byte[] token) {
        return new Step(frame, token, true);
    }
}
