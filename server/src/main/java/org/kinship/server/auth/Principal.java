package org.kinship.server.auth;

import org.kinship.protocol.OrgRole;
import org.kinship.protocol.UserInfo;

/** The signed-in person behind a connection, and which sign-in (by token hash) it came through. */
public record Principal(long userId, String handle, OrgRole role, String sessionKey) {
    public UserInfo toUserInfo() {
        return new UserInfo(userId, handle, role);
    }

    public boolean isAdmin() {
        return role == OrgRole.ADMIN;
    }
}
