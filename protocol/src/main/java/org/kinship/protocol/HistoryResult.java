package org.kinship.protocol;

import java.util.List;

/** Reply to {@link History}. */
public record HistoryResult(
        long roomId,                // the room
        List<ChatMessage> messages, // the page, ascending by seq
        boolean hasMore             // whether older messages exist before this page
) implements Result {
}
