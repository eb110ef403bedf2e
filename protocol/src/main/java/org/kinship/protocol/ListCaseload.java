package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A coach's caseload: the sender's own, or for supervisors and admins any coach's. Reply: {@link CaseloadResult}. */
public record ListCaseload(
        @JsonProperty(required = true) String id,   // request id
        Long coachId                                // whose caseload; absent: the sender's
) implements ClientMessage {
}
