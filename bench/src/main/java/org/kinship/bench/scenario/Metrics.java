package org.kinship.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named numbers (and notes) from one scenario on one target, in insertion order. */
public final class Metrics {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Metrics put(String key, Object value) {
        values.put(key, value instanceof Double d ? round(d) : value);
        return this;
    }

    public double number(String key) {
        Object v = values.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    static double round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return Math.abs(d) >= 100 ? Math.round(d) : Math.round(d * 100) / 100.0;
    }
}
