package org.kinship.protocol;

/** A new report for a room you lead (or any room, for supervisors and admins). */
public record ReportNew(
        Report report // the report with its context
) implements ServerMessage {
}
