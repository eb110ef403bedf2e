package org.kinship.server.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Tells a full disk or an I/O error (worth retrying later, nothing was stored) from a bug. */
public final class StorageFailures {
    /** How long a client should wait before retrying after a storage failure, in milliseconds. */
    public static final long RETRY_AFTER_MS = 5_000;

    private StorageFailures() {
    }

    public static boolean isStorageUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                return code == SQLiteErrorCode.SQLITE_FULL || code.name().startsWith("SQLITE_IOERR")
                        || code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_READONLY;
            }
        }
        return false;
    }
}
