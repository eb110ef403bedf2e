package org.kinship.server.limits;

import java.time.Clock;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.EditConversationMessage;
import org.kinship.protocol.EditMessage;
import org.kinship.protocol.SendConversationMessage;
import org.kinship.protocol.SendMessage;
import org.kinship.server.config.RateLimits;

/**
 * How fast one person may ask: every request counts against a generous allowance, and messages
 * (sends and edits) against a tighter one that no person typing reaches but a script soon does.
 */
public final class RequestLimits {
    private final RateLimiter<Long> requests;
    private final RateLimiter<Long> messages;

    public RequestLimits(RateLimits limits, Clock clock) {
        this.requests = new RateLimiter<>(limits.requestBurst(), limits.requestsPerSecond(), clock);
        this.messages = new RateLimiter<>(limits.messageBurst(), limits.messagesPerSecond(), clock);
    }

    /** 0 when the request may go ahead, else the milliseconds the person should wait. */
    public long check(long userId, ClientMessage request) {
        long wait = requests.tryAcquire(userId);
        if (wait == 0 && isMessage(request)) {
            wait = messages.tryAcquire(userId);
        }
        return wait;
    }

    /** Sends and edits, in rooms and in private conversations: one allowance for all of a person's writing. */
    private static boolean isMessage(ClientMessage request) {
        return request instanceof SendMessage || request instanceof EditMessage
                || request instanceof SendConversationMessage || request instanceof EditConversationMessage;
    }
}
