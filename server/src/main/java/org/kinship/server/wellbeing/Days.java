package org.kinship.server.wellbeing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.kinship.protocol.ErrorCode;
import org.kinship.server.Refused;

/**
 * Calendar days on the wire: "YYYY-MM-DD", the person's own date. The server knows only UTC, so it accepts a
 * day up to one either side of its UTC date: somebody in Auckland or in Honolulu is that far ahead or behind.
 */
final class Days {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Days() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Parses a field's date strictly (no 2026-02-30); {@code invalid_request} naming the field otherwise. */
    static LocalDate parse(String field, String text) {
        if (SHAPE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        throw new Refused(ErrorCode.INVALID_REQUEST, field + " is a date like 2026-11-22.");
    }
}
