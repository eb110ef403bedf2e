package org.kinship.server;

import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.ThreadFactory;

/**
 * Marks the threads that run Netty's event loops, so blocking work (database, bcrypt, files) can
 * refuse to run on them: a mistake then fails loudly in a test instead of stalling every connection.
 */
public final class EventLoopGuard {
    private EventLoopGuard() {
    }

    /** Thread factory for event loop groups: every thread it makes counts as an event loop thread. */
    public static ThreadFactory eventLoopThreads(String name) {
        return new DefaultThreadFactory(name) {
            @Override
            protected Thread newThread(Runnable r, String threadName) {
                return new EventLoopThread(threadGroup, r, threadName);
            }
        };
    }

    public static boolean onEventLoop() {
        return Thread.currentThread() instanceof EventLoopThread;
    }

    /** Throws when called on an event loop thread. */
    public static void checkNotOnEventLoop(String work) {
        if (onEventLoop()) {
            throw new IllegalStateException(work + " on event loop thread " + Thread.currentThread().getName());
        }
    }

    private static final class EventLoopThread extends FastThreadLocalThread {
        EventLoopThread(ThreadGroup group, Runnable r, String name) {
            super(group, r, name);
        }
    }
}
