package org.kinship.bench.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a process's CPU time and resident memory from /proc. CPU is utime + stime in clock ticks;
 * Linux reports them at USER_HZ, which is 100 on every mainstream build.
 */
public final class ProcStats {
    /** Clock ticks per second of /proc/PID/stat (USER_HZ). */
    static final int TICKS_PER_SECOND = 100;

    private ProcStats() {
    }

    /** CPU time the process has used so far, in milliseconds. */
    public static long cpuMillis(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Resident set size, in KiB (VmRSS of /proc/PID/status). */
    public static long rssKb(long pid) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }

    /** CPU time every core has spent busy (not idle, not waiting for I/O) since boot, in milliseconds. */
    public static long systemBusyMillis() {
        String[] f = read(Path.of("/proc/stat")).split("\n")[0].trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(f[i]);
            }
        }
        return busy * 1000 / TICKS_PER_SECOND;
    }

    public static long selfPid() {
        return ProcessHandle.current().pid();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
