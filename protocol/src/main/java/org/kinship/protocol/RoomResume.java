package org.kinship.protocol;

import java.util.List;

/**
 * What one room holds beyond a client's cursor. When {@code gap} is true the client missed more than
 * the server sends in one resume: it drops its copy of the room and pages {@link History} from the newest.
 */
public record RoomResume(
        long roomId,                  // the room
        long lastSeq,                 // newest seq in the room now
        long lastRev,                 // newest rev in the room now
        boolean gap,                  // true: too much was missed; messages and changed are empty
        List<ChatMessage> messages,   // every message with seq > afterSeq, ascending
        List<ChatMessage> changed     // messages with seq <= afterSeq edited or deleted after afterRev
) {
}
