package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListCheckins}: what a trend chart needs, oldest day first. */
public record CheckinsResult(
        long userId,             // whose check-ins
        String handle,           // their handle
        String from,             // the first day covered, YYYY-MM-DD
        String today,            // the server's UTC date, YYYY-MM-DD
        List<Checkin> checkins   // one per day that has one, oldest first; days without are left out
) implements Result {
}
