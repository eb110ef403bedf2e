package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Replaces the organisation's settings (admins). Reply: {@link OrgSettingsResult}. */
public record SetOrgSettings(
        @JsonProperty(required = true) String id,                 // request id
        @JsonProperty(required = true) OrgSettings settings       // every setting, as it should be from now on
) implements ClientMessage {
}
