package org.kinship.server.store;

/** A room as listed for one person; {@code myRole} is their room role, null when not a member. */
public record RoomRow(long id, String name, String topic, String visibility, long lastSeq, long lastRev, String myRole) {
    public boolean joined() {
        return myRole != null;
    }
}
