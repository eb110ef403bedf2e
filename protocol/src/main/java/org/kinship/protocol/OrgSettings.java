package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The organisation's settings that decide who may reach and read whom, and how long things are kept. */
public record OrgSettings(
        @JsonProperty(required = true) boolean participantDirectMessages, // participants may message each other 1:1
        @JsonProperty(required = true) boolean supervisorReview,          // supervisors may read coaching conversations (read-only, audited)
        @JsonProperty(required = true) int quietAfterDays,                // days without a check-in or message before a participant shows as gone quiet, 1 to 60
        @JsonProperty(required = true) int coachCapacity,                 // default caseload limit per coach, 1 to 200
        Integer retentionDays,                                            // delete room messages older than this many days; absent: keep
        @JsonProperty(required = true) ErasureMode erasure                // what account deletion does to a person's messages
) {
}
