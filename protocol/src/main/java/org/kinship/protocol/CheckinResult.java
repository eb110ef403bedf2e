package org.kinship.protocol;

/** Reply to {@link RecordCheckin}: the check-in as stored. */
public record CheckinResult(
        Checkin checkin // the stored check-in
) implements Result {
}
