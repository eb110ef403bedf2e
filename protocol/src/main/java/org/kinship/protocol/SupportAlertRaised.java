package org.kinship.protocol;

/** An alert for you to respond to: sent to leaders on duty (and the room's leaders), and to supervisors on escalation. */
public record SupportAlertRaised(
        SupportAlert alert // the alert
) implements ServerMessage {
}
