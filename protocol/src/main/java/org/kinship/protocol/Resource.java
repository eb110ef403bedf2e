package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the resource directory: a crisis line, a service, a place to get naloxone. */
public record Resource(
        @JsonProperty(required = true) ResourceCategory category, // what kind of help
        @JsonProperty(required = true) String name,              // e.g. "988 Suicide & Crisis Lifeline", 1..120 characters
        String phone,                                            // a number to call, may be empty
        String textNumber,                                       // a number to text, may be empty
        String url,                                              // an https:// address, may be empty
        String description                                       // when and for what, up to 500 characters
) {
}
