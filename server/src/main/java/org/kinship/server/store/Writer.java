package org.kinship.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer, with group commit: it takes every queued write (up to {@link #MAX_BATCH}), runs
 * each inside its own savepoint of one transaction, commits once, and only then hands the batch to
 * {@link AfterCommit}, which runs the after-commit steps and completes the futures, in queue order. One
 * fsync covers the whole batch, a failing write rolls back alone, and nothing is acknowledged before it
 * is on disk.
 */
final class Writer {
    private static final Logger log = LoggerFactory.getLogger(Writer.class);
    /**
     * Most writes in one transaction; bounds the latency one commit adds. Under load the batches grow
     * towards it, and each commit then writes a busy room's B-tree pages once for several of its messages
     * rather than once each: in the bare JDBC loop over 250 rooms, 256 per commit gave 15,000 messages/s,
     * 1,024 gave 26,500 (BENCHMARKS.md).
     */
    static final int MAX_BATCH = 1024;
    /** Most writes waiting; beyond it a write is refused as busy rather than queued without bound. */
    static final int MAX_QUEUED = 20_000;
    private final Supplier<Handle> connect;
    private final AfterCommit afterCommit;
    private Handle handle;
    private Savepoints savepoints;
    private final BlockingQueue<Task<?>> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    private final Thread thread;
    private volatile boolean accepting = true;

    Writer(Supplier<Handle> connect, Consumer<Runnable> completions) {
        this.connect = connect;
        this.afterCommit = new AfterCommit(completions);
        this.handle = connect.get();
        this.savepoints = new Savepoints(handle);
        this.thread = Db.named("db-writer").newThread(this::run);
    }

    void start() {
        thread.start();
    }

    <T> CompletableFuture<T> submit(Function<Handle, T> work, Consumer<T> afterCommit) {
        return enqueue(new Task<>(work, afterCommit, new CompletableFuture<>(), Kind.WRITE));
    }

    /** A room message's write, which may use what earlier ones read ({@link SendMemo}). */
    <T> CompletableFuture<T> submitRoomMessage(Function<Handle, T> work, Consumer<T> afterCommit) {
        return enqueue(new Task<>(work, afterCommit, new CompletableFuture<>(), Kind.ROOM_MESSAGE));
    }

    /**
     * Runs {@code work} on the writer's connection between transactions, in queue order: for statements
     * SQLite refuses inside one, such as {@code PRAGMA wal_checkpoint}.
     */
    <T> CompletableFuture<T> submitOutsideTransaction(Function<Handle, T> work) {
        return enqueue(new Task<>(work, result -> { }, new CompletableFuture<>(), Kind.OUTSIDE_TRANSACTION));
    }

    private <T> CompletableFuture<T> enqueue(Task<T> task) {
        if (!accepting) {
            task.future.completeExceptionally(new StoreClosedException());
        } else if (!queue.offer(task)) {
            task.future.completeExceptionally(new StoreBusyException());
        }
        return task.future;
    }

    void shutdownAndWait() {
        accepting = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        afterCommit.finishAndWait();
        handle.close();
    }

    private void run() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                Task<?> first = accepting ? queue.poll(1, TimeUnit.SECONDS) : queue.poll();
                if (first == null) {
                    if (!accepting) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commitInOrder(batch);
            } catch (InterruptedException e) {
                // Shutdown: keep draining what was already queued, then stop.
            } catch (RuntimeException | Error e) {
                // The writer must outlive anything a batch throws: a dead writer leaves every later write
                // waiting for ever. What the batch had not acknowledged is refused; a retry is safe.
                log.error("writer failed on a batch; its unacknowledged writes are refused", e);
                reconnect();
                refuse(batch, e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits the batch's writes in runs, running any between-transactions task alone where it stands. */
    private void commitInOrder(List<Task<?>> batch) {
        int start = 0;
        for (int i = 0; i <= batch.size(); i++) {
            if (i < batch.size() && batch.get(i).kind() != Kind.OUTSIDE_TRANSACTION) {
                continue;
            }
            if (i > start) {
                commitBatch(batch.subList(start, i));
            }
            if (i < batch.size()) {
                runOutsideTransaction(batch.get(i));
            }
            start = i + 1;
        }
    }

    private void runOutsideTransaction(Task<?> task) {
        Object result;
        try {
            SendStatements.of(handle).beforeWrite(false);
            result = task.work.apply(handle);
        } catch (RuntimeException | Error e) {
            result = new Failed(e);
        }
        Object outcome = result;
        afterCommit.hand(() -> task.finish(outcome));
    }

    private void commitBatch(List<Task<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            handle.begin();
            for (Task<?> task : batch) {
                results.add(runInSavepoint(task));
            }
            SendStatements.of(handle).beforeCommit();
            handle.commit();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof TransactionLost lost ? lost.cause() : e;
            log.error("a batch of {} writes failed; none is acknowledged: {}", batch.size(), cause.toString());
            reconnect();
            refuse(batch, cause);
            return;
        }
        List<Task<?>> committed = List.copyOf(batch);
        afterCommit.hand(() -> {
            for (int i = 0; i < committed.size(); i++) {
                committed.get(i).finish(results.get(i));
            }
        });
    }

    /** Refuses a batch's writes in their turn, so that nobody hears of a later write before an earlier one. */
    private void refuse(List<Task<?>> batch, Throwable cause) {
        List<Task<?>> refused = List.copyOf(batch);
        afterCommit.hand(() -> refused.forEach(task -> task.future.completeExceptionally(cause)));
    }

    /** Runs one write in a savepoint; a failure undoes that write only and is kept as its result. */
    private Object runInSavepoint(Task<?> task) {
        SendStatements statements = SendStatements.of(handle);
        // Outside the savepoint: what it writes back for earlier sends must not roll back with this write.
        statements.beforeWrite(task.kind() == Kind.ROOM_MESSAGE);
        savepoints.begin();
        try {
            Object result = task.work.apply(handle);
            savepoints.release();
            return result;
        } catch (RuntimeException | Error e) {
            // An Error in one write (a failed assertion, a stack overflow) fails that write alone, like any other.
            try {
                savepoints.rollBack();
                savepoints.release();
            } catch (RuntimeException savepointGone) {
                // SQLite rolls back the whole transaction on a full disk or an I/O error: the batch is lost.
                throw new TransactionLost(e);
            }
            statements.rolledBack();
            return new Failed(e);
        }
    }

    /**
     * After a failed batch the connection's transaction state is unknown (SQLite may have rolled it back
     * behind the driver's back), so the writer starts over on a fresh connection.
     */
    private void reconnect() {
        try {
            handle.close();
        } catch (RuntimeException e) {
            log.debug("closing the failed writer connection: {}", e.toString());
        }
        handle = connect.get();
        savepoints = new Savepoints(handle);
    }

    /**
     * One savepoint around each write, as plain SQL rather than Jdbi's savepoint calls (those track names
     * and forget one on rollback), on JDBC statements prepared once per connection: every write runs two,
     * and through Jdbi each cost several times the statement itself (a fifth of the writer's time).
     */
    private static final class Savepoints {
        private final Connection connection;
        private PreparedStatement begin;
        private PreparedStatement release;
        private PreparedStatement rollBack;

        Savepoints(Handle handle) {
            this.connection = handle.getConnection();
        }

        void begin() {
            begin = run(begin, "SAVEPOINT w");
        }

        void release() {
            release = run(release, "RELEASE w");
        }

        void rollBack() {
            rollBack = run(rollBack, "ROLLBACK TO w");
        }

        private PreparedStatement run(PreparedStatement statement, String sql) {
            try {
                PreparedStatement ready = statement != null ? statement : connection.prepareStatement(sql);
                ready.execute();
                return ready;
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** The whole transaction was rolled back under a write; carries that write's own failure. */
    private static final class TransactionLost extends RuntimeException {
        TransactionLost(Throwable cause) {
            super(cause);
        }

        Throwable cause() {
            return getCause();
        }
    }

    private record Failed(Throwable cause) {
    }

    private enum Kind { WRITE, ROOM_MESSAGE, OUTSIDE_TRANSACTION }

    private record Task<T>(Function<Handle, T> work, Consumer<T> afterCommit, CompletableFuture<T> future, Kind kind) {
        @SuppressWarnings("unchecked")
        void finish(Object result) {
            if (result instanceof Failed failed) {
                future.completeExceptionally(failed.cause());
                return;
            }
            try {
                afterCommit.accept((T) result);
            } catch (RuntimeException | Error e) {
                // Committed already: the write stands; a failed notification must not undo the ack.
                log.warn("after-commit step failed", e);
            }
            future.complete((T) result);
        }
    }
}
