package org.kinship.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kinship.bench.scenario.Metrics;

/**
 * Every result of the run, by scenario then target; the headline rows (value, reference, ratio); the
 * summary line; and the JSON file with all of it.
 */
public final class Report {
    private final Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> summary = new LinkedHashMap<>();
    private final Map<String, Object> about = new LinkedHashMap<>();

    /** One headline: Kinship's value, the reference's, and their ratio. */
    public record Row(String headline, String kinship, String reference, String referenceName, String ratio) {
    }

    public void about(String key, Object value) {
        about.put(key, value);
    }

    public void add(String scenario, String target, Metrics metrics) {
        results.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(target, metrics.asMap());
    }

    public void failed(String scenario, String target, Exception e) {
        results.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(target, Map.of("error", String.valueOf(e)));
    }

    public Object value(String scenario, String target, String key) {
        Map<String, Object> byTarget = results.get(scenario);
        Object metrics = byTarget == null ? null : byTarget.get(target);
        return metrics instanceof Map<?, ?> map ? map.get(key) : null;
    }

    public double number(String scenario, String target, String key) {
        return value(scenario, target, key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The largest value of {@code key} in one scenario's results for one target. */
    public double maxOf(String scenario, String target, String key) {
        Map<String, Object> byTarget = results.get(scenario);
        return byTarget == null ? Double.NaN : maxIn(byTarget.get(target), key, Double.NaN);
    }

    /** The largest value of {@code key} anywhere in the results, fan-out steps included. */
    public double maxOf(String key) {
        double max = Double.NaN;
        for (Map<String, Object> byTarget : results.values()) {
            for (Object metrics : byTarget.values()) {
                max = maxIn(metrics, key, max);
            }
        }
        return max;
    }

    private static double maxIn(Object node, String key, double max) {
        if (node instanceof Map<?, ?> map) {
            if (map.get(key) instanceof Number n && (Double.isNaN(max) || n.doubleValue() > max)) {
                max = n.doubleValue();
            }
            for (Object v : map.values()) {
                if (v instanceof List<?>) {
                    max = maxIn(v, key, max);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object v : list) {
                max = maxIn(v, key, max);
            }
        }
        return max;
    }

    /** Adds a headline row; returns the ratio (NaN when either side is missing). */
    public double ratio(String headline, double kinship, double reference, String referenceName) {
        double ratio = reference > 0 && !Double.isNaN(kinship) ? kinship / reference : Double.NaN;
        rows.add(new Row(headline, fmt(kinship), fmt(reference), referenceName, fmt(ratio)));
        return ratio;
    }

    public void row(String headline, double kinship, String note) {
        rows.add(new Row(headline, fmt(kinship), "", note, ""));
    }

    public void summary(String key, double value) {
        summary.put(key, Double.isNaN(value) ? "unavailable" : fmt(value));
    }

    public void summary(String key, String value) {
        summary.put(key, value);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        String format = "%-44s %14s %14s  %-22s %8s%n";
        out.append(String.format(Locale.ROOT, format, "headline", "kinship", "reference", "reference is", "ratio"));
        out.append("-".repeat(108)).append('\n');
        rows.forEach(r -> out.append(String.format(Locale.ROOT, format, r.headline(), r.kinship(), r.reference(),
                r.referenceName(), r.ratio())));
        return out.toString();
    }

    public String summaryLine() {
        StringBuilder line = new StringBuilder("SUMMARY");
        summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        return line.toString();
    }

    public void write(Path file) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("about", about);
        all.put("summary", summary);
        all.put("headlines", rows);
        all.put("results", results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
    }

    public static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        if (d != 0 && Math.abs(d) < 0.1) {
            return String.format(Locale.ROOT, "%.2g", d);
        }
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
