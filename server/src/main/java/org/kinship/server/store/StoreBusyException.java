package org.kinship.server.store;

/** The write queue is full; the caller should answer "busy" and let the client retry. */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException() {
        super("the write queue is full");
    }
}
