package org.kinship.protocol;

/** Your report was looked at. Says only that, and how it ended; never what was done to whom. */
public record ReportHandled(
        long reportId,        // your report
        ReportStatus outcome  // actioned or dismissed
) implements ServerMessage {
}
