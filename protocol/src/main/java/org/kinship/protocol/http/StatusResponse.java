package org.kinship.protocol.http;

import org.kinship.protocol.UserInfo;

/** Body of {@code GET /api/status}. */
public record StatusResponse(
        boolean setupRequired, // true until the first admin exists
        UserInfo user          // the signed-in person; absent when not signed in
) {
}
