package org.kinship.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.kinship.protocol.ErrorCode;
import org.kinship.server.Refused;

/**
 * bcrypt on its own small, bounded pool: hashing is deliberately slow, so it never runs on an event
 * loop, and a burst of sign-ins beyond the queue is refused at once as busy instead of piling up. The
 * pool's threads run under the idle scheduling policy ({@link LowPriorityThreads}), so sign-ins take
 * what chat leaves of the core.
 */
public final class PasswordHasher implements AutoCloseable {
    /** bcrypt reads at most 72 bytes; longer passwords are refused, never silently truncated. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MIN_PASSWORD_CHARS = 10;
    /** Hashes waiting beyond the running ones before new sign-ins are refused as busy. */
    static final int MAX_QUEUED = 64;

    private final int cost;
    private final ThreadPoolExecutor pool;
    /** Compared against when a handle is unknown, so both failures take the same time. */
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MAX_QUEUED), new LowPriorityThreads("bcrypt"));
        pool.prestartAllCoreThreads(); // each lowers its priority as it starts, not during someone's sign-in
        this.dummyHash = hashNow("not-a-real-password-" + System.nanoTime());
    }

    /** Refuses passwords bcrypt cannot take whole, or that are too short to be safe. */
    public static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_CHARS) {
            throw new Refused(ErrorCode.PASSWORD_TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new Refused(ErrorCode.PASSWORD_TOO_LONG);
        }
    }

    public CompletableFuture<String> hash(String password) {
        return onPool(() -> hashNow(password));
    }

    /** Verifies against the stored hash, or against a dummy when there is none, taking the same time either way. */
    public CompletableFuture<Boolean> verify(String password, String storedHashOrNull) {
        return onPool(() -> {
            String hash = storedHashOrNull == null ? dummyHash : storedHashOrNull;
            boolean match = BCrypt.verifyer().verify(bytes(password), hash.getBytes(StandardCharsets.UTF_8)).verified;
            return match && storedHashOrNull != null;
        });
    }

    private String hashNow(String password) {
        return new String(BCrypt.withDefaults().hash(cost, bytes(password)), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String password) {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_PASSWORD_BYTES) {
            throw new Refused(ErrorCode.PASSWORD_TOO_LONG);
        }
        return utf8;
    }

    private <T> CompletableFuture<T> onPool(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Refused(ErrorCode.BUSY));
        }
    }

    /** Stops at once: a sign-in still waiting fails, and its person simply tries again after the restart. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
