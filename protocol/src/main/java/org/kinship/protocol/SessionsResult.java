package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListSessions}. */
public record SessionsResult(
        List<SessionInfo> sessions // live sign-ins, most recently used first
) implements Result {
}
