package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The organisation's settings; anyone may read them, as they say who can read what. Reply: {@link OrgSettingsResult}. */
public record GetOrgSettings(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
