package org.kinship.server.store;

/** The database cannot be used as it is: the server refuses to go on rather than risk the data. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
