package org.kinship.server.store;

/**
 * A room as seen by one person: {@code myRole} is their room role and {@code guidelinesAccepted} the
 * guidelines version they accepted (both null when not a member); {@code joinPending} says they asked to join.
 */
public record RoomRow(long id, String name, String topic, String visibility, long lastSeq, long lastRev, String myRole,
                      String guidelines, int guidelinesVersion, boolean locked, int slowModeSeconds, Long archivedAt,
                      Integer guidelinesAccepted, boolean joinPending, String unattended, Integer retentionDays) {
    public boolean joined() {
        return myRole != null;
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
