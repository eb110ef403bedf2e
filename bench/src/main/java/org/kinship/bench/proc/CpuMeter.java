package org.kinship.bench.proc;

/** Share of one core a process used between {@link #start} and {@link #coresUsed}: 1.0 is one full core. */
public final class CpuMeter {
    private final long pid;
    private long startCpuMs;
    private long startWallNs;

    public CpuMeter(long pid) {
        this.pid = pid;
    }

    /** The whole machine's busy time, as if it were one process (pid -1). */
    public static CpuMeter machine() {
        return new CpuMeter(-1);
    }

    public static CpuMeter self() {
        return new CpuMeter(ProcStats.selfPid());
    }

    public CpuMeter start() {
        startCpuMs = cpuMillis();
        startWallNs = System.nanoTime();
        return this;
    }

    public double coresUsed() {
        long wallMs = (System.nanoTime() - startWallNs) / 1_000_000;
        return wallMs <= 0 ? 0 : (double) (cpuMillis() - startCpuMs) / wallMs;
    }

    private long cpuMillis() {
        return pid < 0 ? ProcStats.systemBusyMillis() : ProcStats.cpuMillis(pid);
    }
}
