package org.kinship.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Whole server-to-client WebSocket text frames (RFC 6455, section 5.2: FIN, opcode 1, no mask, then the
 * payload's length in 7, 16 or 64 bits), built once per event in direct memory so that every recipient's
 * socket is written from the same bytes. Why not Netty's frame encoder: it builds a header and copies the
 * payload into a new buffer for each recipient, which was about a fifth of the event loops' Java time
 * in a 250x8 fan-out (JFR, BENCHMARKS.md ninth round). They enter the pipeline below the frame encoder
 * ({@link Connection}'s entry point) and pass through TLS like any other bytes.
 */
final class TextFrames {
    private static final int FIN_AND_TEXT = 0x81;
    private static final int LONGEST_7_BIT = 125;
    private static final int LENGTH_IN_16_BITS = 126;
    private static final int LENGTH_IN_64_BITS = 127;

    private TextFrames() {
    }

    static ByteBuf of(byte[] utf8) {
        int length = utf8.length;
        int header = length <= LONGEST_7_BIT ? 2 : length <= 0xFFFF ? 4 : 10;
        ByteBuf frame = ByteBufAllocator.DEFAULT.directBuffer(header + length);
        frame.writeByte(FIN_AND_TEXT);
        if (length <= LONGEST_7_BIT) {
            frame.writeByte(length);
        } else if (length <= 0xFFFF) {
            frame.writeByte(LENGTH_IN_16_BITS);
            frame.writeShort(length);
        } else {
            frame.writeByte(LENGTH_IN_64_BITS);
            frame.writeLong(length);
        }
        return frame.writeBytes(utf8);
    }
}
