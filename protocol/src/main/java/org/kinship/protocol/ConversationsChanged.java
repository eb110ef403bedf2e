package org.kinship.protocol;

import java.util.List;

/** The recipient's list of conversations changed (one started, a coach changed, history was shared). */
public record ConversationsChanged(
        List<Conversation> conversations // the recipient's whole list, as in ConversationsResult
) implements ServerMessage {
}
