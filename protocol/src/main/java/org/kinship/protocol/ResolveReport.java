package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Closes a report as actioned or dismissed, with a note. The reporter learns it was handled, nothing more. */
public record ResolveReport(
        @JsonProperty(required = true) String id,              // request id
        @JsonProperty(required = true) long reportId,          // the report
        @JsonProperty(required = true) ReportStatus outcome,   // actioned or dismissed
        @JsonProperty(required = true) String note             // the leader's note, 1..1000 characters
) implements ClientMessage {
}
