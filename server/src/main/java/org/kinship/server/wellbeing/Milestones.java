package org.kinship.server.wellbeing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The milestones of a recovery: 1 day, 1 week, 30, 60, 90 and 180 days, then every anniversary of the start
 * date (1 year, 2 years, ...). Anniversaries follow the calendar, so a year is 365 or 366 days as it falls.
 */
public final class Milestones {
    /** Milestones counted in days; after the last, one per anniversary. */
    static final int[] FIXED_DAYS = {1, 7, 30, 60, 90, 180};

    /** One milestone: days since the start, and its name. */
    public record Milestone(int days, String label) {
    }

    private Milestones() {
    }

    /** Whole days from the start date to today; 0 on the start date (and for a date a day ahead of UTC). */
    public static int daysSince(LocalDate start, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(start, today));
    }

    /** The highest milestone at or before {@code days}; empty before the first. */
    public static Optional<Milestone> reached(LocalDate start, int days) {
        Milestone last = null;
        for (Milestone m = first(); m.days() <= days; m = after(start, m)) {
            last = m;
        }
        return Optional.ofNullable(last);
    }

    /** The first milestone after {@code days}. */
    public static Milestone next(LocalDate start, int days) {
        Milestone m = first();
        while (m.days() <= days) {
            m = after(start, m);
        }
        return m;
    }

    private static Milestone first() {
        return new Milestone(FIXED_DAYS[0], label(FIXED_DAYS[0]));
    }

    private static Milestone after(LocalDate start, Milestone m) {
        for (int fixed : FIXED_DAYS) {
            if (fixed > m.days()) {
                return new Milestone(fixed, label(fixed));
            }
        }
        for (int years = 1; ; years++) {
            int days = (int) ChronoUnit.DAYS.between(start, start.plusYears(years));
            if (days > m.days()) {
                return new Milestone(days, years == 1 ? "1 year" : years + " years");
            }
        }
    }

    private static String label(int days) {
        return switch (days) {
            case 1 -> "1 day";
            case 7 -> "1 week";
            default -> days + " days";
        };
    }
}
