package org.kinship.protocol;

/** Someone asked to join a closed room you moderate. */
public record JoinRequested(
        JoinRequest request // who and where
) implements ServerMessage {
}
