package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;

/** Where a ready connection's frames go while a scenario runs; called on the generator's event loop. */
public interface Sink {
    Sink IGNORE = (session, frame) -> { };

    void onText(Session session, ByteBuf frame);
}
