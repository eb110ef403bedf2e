package org.kinship.server.store;

/** The store is shutting down and takes no more work; nothing of the refused work was stored. */
public final class StoreClosedException extends RuntimeException {
    public StoreClosedException() {
        super("the database is closing");
    }
}
