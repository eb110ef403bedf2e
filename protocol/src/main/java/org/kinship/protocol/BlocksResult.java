package org.kinship.protocol;

import java.util.List;

/** Reply to {@link BlockUser}, {@link UnblockUser} and {@link ListBlocks}. */
public record BlocksResult(
        List<UserInfo> blocked // everyone you have blocked, by handle
) implements Result {
}
