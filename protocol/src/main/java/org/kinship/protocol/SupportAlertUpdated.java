package org.kinship.protocol;

/** An alert was acknowledged or closed; sent to the staff it reached and to the person it is about. */
public record SupportAlertUpdated(
        SupportAlert alert // the alert now; the person's copy leaves out the close note
) implements ServerMessage {
}
