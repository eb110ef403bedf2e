package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListUsers}. */
public record UsersResult(
        List<UserInfo> users // everyone, by handle
) implements Result {
}
