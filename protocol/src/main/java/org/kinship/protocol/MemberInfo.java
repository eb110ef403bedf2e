package org.kinship.protocol;

/** One member of a room. */
public record MemberInfo(
        long userId,    // the person
        String handle,  // their handle
        RoomRole role,  // their role in this room
        OrgRole orgRole, // their role in the organisation (peer leaders, supervisors and admins are staff)
        boolean online  // whether they have at least one open connection
) {
}
