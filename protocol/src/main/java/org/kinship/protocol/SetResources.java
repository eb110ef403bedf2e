package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Replaces the resource directory, in the order given (admins). Reply: {@link ResourcesResult}. */
public record SetResources(
        @JsonProperty(required = true) String id,                  // request id
        @JsonProperty(required = true) List<Resource> resources    // the whole directory, at most 200 entries
) implements ClientMessage {
}
