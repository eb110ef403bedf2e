package org.kinship.protocol;

/** Reply to {@link SendMessage}, {@link EditMessage} and {@link DeleteMessage}: the message as committed. */
public record MessageResult(
        ChatMessage message // the stored message
) implements Result {
}
