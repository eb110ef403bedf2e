package org.kinship.protocol;

import java.util.List;

/** Reply to {@link Resume}: one entry per requested room, in request order. */
public record ResumeResult(
        List<RoomResume> rooms,                        // what each room holds beyond the client's cursor
        List<ConversationResume> conversations         // the same for each conversation asked for; absent when none were
) implements Result {
}
