package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reports for a room's leaders (give {@code roomId}), or across all rooms for supervisors and admins.
 * Reply: {@link ReportsResult}, newest first.
 */
public record ListReports(
        @JsonProperty(required = true) String id, // request id
        Long roomId,                              // one room; absent for all rooms (supervisors and admins)
        ReportStatus status                       // only this status; absent for all
) implements ClientMessage {
}
