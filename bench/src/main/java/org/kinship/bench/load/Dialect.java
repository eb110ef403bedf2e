package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;
import java.util.List;

/** How the generator speaks to one kind of server: signing in, joining a room, sending, and reading frames. */
public interface Dialect {
    /** Steps from an open socket to a signed-in connection (the connect storm stops here). */
    List<Step> connectSteps(Identity who);

    /** Steps that join {@code room} and subscribe to its live messages. */
    List<Step> joinSteps(Identity who, String room);

    /** A frame that sends {@code body} to {@code room}; {@code n} makes request ids unique. */
    String send(String room, long n, String body);

    /** A message delivered to a room member (not a reply to the sender). */
    boolean isDelivery(ByteBuf frame);

    /** A reply confirming a send; servers that confirm nothing answer false. */
    boolean isAck(ByteBuf frame);

    boolean isError(ByteBuf frame);

    /** Bytes just before the send time stamp inside a delivered body. */
    byte[] stampMarker();
}
