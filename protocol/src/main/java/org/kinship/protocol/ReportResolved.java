package org.kinship.protocol;

/** A moderator resolved a report; sent to the room's moderators and to supervisors and admins, so it leaves every queue. */
public record ReportResolved(
        long reportId,          // the report
        long roomId,            // its room
        ReportStatus outcome,   // actioned or dismissed
        String resolvedHandle   // the moderator who resolved it
) implements ServerMessage {
}
