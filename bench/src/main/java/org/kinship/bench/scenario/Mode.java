package org.kinship.bench.scenario;

import java.util.List;
import org.kinship.bench.load.Shape;

/**
 * Sizes and durations of one benchmark run. --quick (under five minutes) holds 4,000 connections and
 * steps only the two extreme shapes (1x1000 and 250x8), refining a fan-out figure to 1.26x; the full run
 * holds 10,000, steps all four and refines to 1.12x ({@code refinements}: see {@link FanoutSearch}).
 */
public record Mode(String name, int stormConnections, List<Shape> shapes, double stepSeconds, int maxSteps, int refinements,
                   double supportSeconds, double persistSeconds, int historyMessages, double historySeconds,
                   double loginSeconds) {
    /** The realistic support-group shape: 250 rooms of 8. */
    public static final Shape SUPPORT = new Shape(250, 8);
    /** Each member posts once per this many seconds in the support-group load. */
    public static final double SUPPORT_POST_EVERY_S = 10;

    static final List<Shape> ALL_SHAPES = List.of(new Shape(1, 1000), new Shape(10, 100), new Shape(100, 10), SUPPORT);

    public static Mode quick() {
        return new Mode("quick", 4_000, List.of(new Shape(1, 1000), SUPPORT), 1.0, 10, 1, 6, 5, 10_000, 4, 6);
    }

    public static Mode full() {
        return new Mode("full", 10_000, ALL_SHAPES, 6, 14, 2, 60, 20, 10_000, 20, 30);
    }

    /** The same mode with only the given shapes, e.g. "10x100,250x8" (for trying one shape at a time). */
    public Mode withShapes(String list) {
        List<Shape> chosen = java.util.Arrays.stream(list.split(",")).map(s -> s.split("x"))
                .map(p -> new Shape(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
        return new Mode(name, stormConnections, chosen, stepSeconds, maxSteps, refinements, supportSeconds, persistSeconds,
                historyMessages, historySeconds, loginSeconds);
    }

    public int peopleNeeded() {
        return Math.max(SUPPORT.people(), shapes.stream().mapToInt(Shape::people).max().orElse(0));
    }
}
