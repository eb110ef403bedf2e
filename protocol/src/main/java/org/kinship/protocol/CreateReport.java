package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Any member reports a message (give {@code seq}) or a person (give {@code userId}) to the room's leaders.
 * The reported person never learns who reported. Reply: ok without result.
 */
public record CreateReport(
        @JsonProperty(required = true) String id,                 // request id
        @JsonProperty(required = true) long roomId,               // where it happened
        Long seq,                                                 // the message, when reporting a message
        Long userId,                                              // the person, when reporting a person
        @JsonProperty(required = true) ReportCategory category,   // why
        String note                                               // optional words, up to 1000 characters
) implements ClientMessage {
}
