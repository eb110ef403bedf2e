package org.kinship.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.kinship.server.EventLoopGuard;

/**
 * The only way to reach the database: reads on a small pool of read-only connections, writes on the
 * single {@link Writer}. Both refuse to run on a Netty event loop, so a blocking call there fails a test
 * instead of stalling every connection on that loop.
 */
public final class Db implements AutoCloseable {
    /** Read connections; SQLite in WAL mode lets them run beside the writer. */
    static final int READ_THREADS = 2;

    private final Database database;
    private final ExecutorService readers;
    private final List<Handle> readHandles = new ArrayList<>();
    private final ThreadLocal<Handle> readHandle = new ThreadLocal<>();
    private final Writer writer;

    public Db(Database database) {
        this(database, Runnable::run);
    }

    /**
     * {@code completions} runs each batch's after-commit steps on the after-commit thread, so that what
     * they send can go out together.
     */
    public Db(Database database, Consumer<Runnable> completions) {
        this.database = database;
        this.readers = Executors.newFixedThreadPool(READ_THREADS, named("db-read"));
        this.writer = new Writer(database::openHandle, completions);
        writer.start();
    }

    /** Runs a read on a read connection; the future completes on that thread. */
    public <T> CompletableFuture<T> read(Function<Handle, T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> work.apply(readHandle()), readers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new StoreClosedException());
        }
    }

    /**
     * Queues a write. {@code work} runs inside the writer's transaction; after the commit,
     * {@code afterCommit} runs on the after-commit thread in commit order, and then the future completes.
     */
    public <T> CompletableFuture<T> write(Function<Handle, T> work, Consumer<T> afterCommit) {
        return writer.submit(work, afterCommit);
    }

    /**
     * Queues a new room message's write, like {@link #write}, for work that changes no room, membership,
     * sanction or handle: the writer may then answer those reads from what earlier sends read ({@link SendMemo}).
     */
    public <T> CompletableFuture<T> writeRoomMessage(Function<Handle, T> work, Consumer<T> afterCommit) {
        return writer.submitRoomMessage(work, afterCommit);
    }

    public <T> CompletableFuture<T> write(Function<Handle, T> work) {
        return writer.submit(work, result -> { });
    }

    /** Runs work on the writer's connection outside any transaction, in queue order (e.g. a WAL checkpoint). */
    public <T> CompletableFuture<T> writeOutsideTransaction(Function<Handle, T> work) {
        return writer.submitOutsideTransaction(work);
    }

    /** A synchronous read for start-up code that runs before any event loop exists. */
    public <T> T readNow(Function<Handle, T> work) {
        EventLoopGuard.checkNotOnEventLoop("a blocking database read");
        return read(work).join();
    }

    private Handle readHandle() {
        Handle handle = readHandle.get();
        if (handle == null) {
            handle = database.openHandle();
            handle.execute("PRAGMA query_only = 1");
            synchronized (readHandles) {
                readHandles.add(handle);
            }
            readHandle.set(handle);
        }
        return handle;
    }

    /** Stops taking work, lets queued writes commit, then closes every connection. */
    @Override
    public void close() {
        writer.shutdownAndWait();
        readers.shutdown();
        try {
            readers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (readHandles) {
            readHandles.forEach(Handle::close);
        }
    }

    static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(false);
            return thread;
        };
    }
}
