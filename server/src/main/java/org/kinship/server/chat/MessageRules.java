package org.kinship.server.chat;

import java.util.Optional;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.WordAction;
import org.kinship.protocol.WordRule;
import org.kinship.server.Refused;

/** What every message must be, in a room or a private conversation: checked before any database work. */
public final class MessageRules {
    public static final int MAX_BODY_CHARS = 4_000;
    public static final int MAX_CLIENT_KEY_CHARS = 64;

    private MessageRules() {
    }

    public static void checkBody(String body) {
        if (body.isBlank()) {
            throw new Refused(ErrorCode.BODY_EMPTY);
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new Refused(ErrorCode.BODY_TOO_LONG, "A message can be at most " + MAX_BODY_CHARS + " characters.");
        }
    }

    public static void checkClientKey(String key) {
        if (key.isEmpty() || key.length() > MAX_CLIENT_KEY_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "clientKey is 1 to " + MAX_CLIENT_KEY_CHARS + " characters.");
        }
    }

    /** Refuses a message holding a word the organisation asks people not to use at all. */
    public static void checkNotBlocked(Optional<WordRule> hit) {
        if (hit.isPresent() && hit.get().action() == WordAction.BLOCK) {
            throw new Refused(ErrorCode.BLOCKED_WORD, "Your message was not sent: it contains \u201c" + hit.get().word()
                    + "\u201d, which this organisation asks people not to use. You can change it and send again.");
        }
    }
}
