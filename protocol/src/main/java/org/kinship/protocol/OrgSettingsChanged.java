package org.kinship.protocol;

/** An admin changed the organisation's settings; sent to everyone online. */
public record OrgSettingsChanged(
        OrgSettings settings // the settings in force from now on
) implements ServerMessage {
}
