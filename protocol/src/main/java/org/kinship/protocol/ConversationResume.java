package org.kinship.protocol;

import java.util.List;

/** What one conversation holds beyond a client's cursor; with {@code gap} the client pages history afresh. */
public record ConversationResume(
        long conversationId,                  // the conversation
        long lastSeq,                         // newest seq now
        long lastRev,                         // newest rev now
        boolean gap,                          // true: too much was missed; messages and changed are empty
        List<ConversationMessage> messages,   // every readable message with seq > afterSeq, ascending
        List<ConversationMessage> changed     // readable messages with seq <= afterSeq edited or deleted after afterRev
) {
}
