package org.kinship.bench.client;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;

/** What a connection reports to its owner; every call comes on the generator's single event loop. */
public interface FrameListener {
    /** The upgrade is done; {@code channel} is ready to send on. */
    void onOpen(Channel channel);

    /** A text frame; {@code text} is only valid during the call. */
    void onText(ByteBuf text);

    void onFailure(Throwable cause);

    void onClose();
}
