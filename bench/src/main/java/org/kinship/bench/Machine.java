package org.kinship.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the run ran on: cores, CPU model, memory, kernel and Java, for the results file. */
final class Machine {
    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        String cpuinfo = read("/proc/cpuinfo");
        m.put("cores", cpuinfo.lines().filter(l -> l.startsWith("processor")).count());
        m.put("cpu", cpuinfo.lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown"));
        m.put("memory", read("/proc/meminfo").lines().findFirst().orElse("").replaceAll("\\s+", " "));
        m.put("kernel", read("/proc/sys/kernel/osrelease").trim());
        m.put("load_average_at_start", read("/proc/loadavg").trim());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            return "";
        }
    }
}
