package org.kinship.server.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads the operating system runs only when the event loops and the writer leave the core free:
 * bcrypt is meant to be slow, and on a small box a burst of sign-ins would otherwise take its share of
 * the core from chat. Java cannot set a thread's scheduling policy itself (thread priorities are ignored
 * on Linux unless the JVM runs as root with a flag), so each thread, as it starts, asks {@code chrt} to
 * put it under Linux's {@code SCHED_IDLE} policy, which any user may do for their own threads. A chat
 * thread that wakes always takes the core from such a thread at once; under a mere nice value the
 * scheduler may first let the running thread finish its slice. Where {@code chrt} cannot run, the
 * threads keep normal priority.
 */
final class LowPriorityThreads implements ThreadFactory {
    private static final Logger log = LoggerFactory.getLogger(LowPriorityThreads.class);
    /** Linux's number for {@code SCHED_IDLE}, as {@code /proc} shows a thread's policy. */
    static final int SCHED_IDLE = 5;
    private static final AtomicBoolean toldWhyNot = new AtomicBoolean();

    private final String name;

    LowPriorityThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable work) {
        return new Thread(() -> {
            lowerOwnPriority();
            work.run();
        }, name);
    }

    /** Puts the calling thread under {@code SCHED_IDLE}, or says once in the log why it could not. */
    private static void lowerOwnPriority() {
        try {
            // "/proc/thread-self" links to "<pid>/task/<tid>": the calling thread's own id, which chrt takes.
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process chrt = new ProcessBuilder("chrt", "--idle", "-p", "0", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (chrt.waitFor(5, TimeUnit.SECONDS) && chrt.exitValue() == 0) {
                return;
            }
            chrt.destroy();
            whyNot("chrt failed");
        } catch (IOException | UnsupportedOperationException e) {
            whyNot(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The calling thread's scheduling policy as Linux numbers it, or null where the system does not say. */
    static Integer ownPolicy() {
        try {
            // Field 41 of /proc/thread-self/stat; counted from field 3, after the parenthesised thread name.
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[41 - 3]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void whyNot(String reason) {
        if (toldWhyNot.compareAndSet(false, true)) {
            log.info("password hashing runs at normal priority ({}); sign-in bursts may slow chat on a busy core", reason);
        }
    }
}
