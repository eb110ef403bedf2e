package org.kinship.protocol;

import java.time.Instant;

/** One day's check-in. */
public record Checkin(
        String day,          // the person's calendar day, YYYY-MM-DD
        int mood,            // 1 (very low) to 5 (very good)
        int craving,         // 0 (none) to 10 (overwhelming)
        String note,         // their own words; absent when none
        Instant recordedAt   // when it was last recorded (UTC)
) {
}
