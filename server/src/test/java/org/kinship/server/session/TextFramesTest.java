package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A frame built once for many recipients is, byte for byte, what Netty's encoder would have written, and reads back. */
class TextFramesTest {
    /** Each length class of RFC 6455's header (7, 16 and 64 bits) at its edges, and text that is not ASCII. */
    private static final int[] LENGTHS = {0, 1, 125, 126, 127, 65_535, 65_536, 70_000};

    @Test
    void framesAreWhatNettysEncoderWritesForEveryLengthClass() {
        for (int length : LENGTHS) {
            byte[] utf8 = text(length).getBytes(StandardCharsets.UTF_8);
            ByteBuf ours = TextFrames.of(utf8);
            ByteBuf netty = nettyEncoded(utf8);
            try {
                assertTrue(ByteBufUtil.equals(netty, ours), "frame of " + utf8.length + " bytes differs from Netty's");
                assertTrue(ours.isDirect(), "written to sockets without a copy per recipient");
            } finally {
                ours.release();
                netty.release();
            }
        }
    }

    @Test
    void aClientReadsTheTextBack() {
        for (int length : LENGTHS) {
            String text = text(length);
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket08FrameDecoder(WebSocketDecoderConfig.newBuilder()
                    .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).build()));
            client.writeInbound(TextFrames.of(text.getBytes(StandardCharsets.UTF_8)));
            TextWebSocketFrame frame = client.readInbound();
            try {
                assertEquals(text, frame.text());
                assertTrue(frame.isFinalFragment());
            } finally {
                frame.release();
                client.finishAndReleaseAll();
            }
        }
    }

    private static ByteBuf nettyEncoded(byte[] utf8) {
        EmbeddedChannel server = new EmbeddedChannel(new WebSocket08FrameEncoder(false));
        server.writeOutbound(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)));
        ByteBuf whole = Unpooled.buffer();
        for (ByteBuf part = server.readOutbound(); part != null; part = server.readOutbound()) {
            whole.writeBytes(part);
            part.release();
        }
        server.finishAndReleaseAll();
        return whole;
    }

    /** {@code length} UTF-8 bytes: two-byte characters where they fit, one-byte ones between and at the end. */
    private static String text(int length) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (int i = 0; bytes < length; i++) {
            boolean twoBytes = i % 3 == 0 && bytes + 2 <= length;
            text.append(twoBytes ? '\u00e9' : 'a');
            bytes += twoBytes ? 2 : 1;
        }
        return text.toString();
    }
}
