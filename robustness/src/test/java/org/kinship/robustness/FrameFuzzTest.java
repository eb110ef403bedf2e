package org.kinship.robustness;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.nio.charset.StandardCharsets;
import org.kinship.server.session.MessageCodec;

/**
 * Bytes off the wire, through the WebSocket frame decoder with the server's limits, into the request
 * decoder. Whatever arrives, a frame error is the worst outcome: never an unexpected exception, never a
 * request decoder that throws instead of answering. The seed corpus under
 * {@code src/test/resources/org/kinship/robustness/FrameFuzzTestInputs} runs as an ordinary test;
 * {@code JAZZER_FUZZ=1} fuzzes for real, and each finding is added there as a regression case.
 */
class FrameFuzzTest {
    /** The server's limit on one frame or reassembled message, in bytes. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    private static final MessageCodec CODEC = new MessageCodec();

    @FuzzTest(maxDuration = "30s")
    void framesOfAnyShapeNeverBreakTheDecoders(byte[] wire) {
        EmbeddedChannel channel = new EmbeddedChannel(
                new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(MAX_MESSAGE_BYTES).expectMaskedFrames(true).allowExtensions(false)
                        .withUTF8Validator(true).closeOnProtocolViolation(true).build()),
                new WebSocketFrameAggregator(MAX_MESSAGE_BYTES),
                new SimpleChannelInboundHandler<TextWebSocketFrame>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
                        assertNotNull(CODEC.decode(frame.text()));
                    }
                });
        try {
            channel.writeInbound(Unpooled.wrappedBuffer(wire));
            channel.checkException();
        } catch (CorruptedFrameException | TooLongFrameException expected) {
            // a malformed frame: the real pipeline closes the connection with 1002/1007/1009
        } finally {
            try {
                channel.finishAndReleaseAll();
            } catch (PrematureChannelClosureException expected) {
                // the peer went away mid-fragment (fuzzing found it): the real pipeline just closes
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyTextDecodesToARequestOrAnErrorReply(byte[] text) {
        assertNotNull(CODEC.decode(new String(text, StandardCharsets.UTF_8)));
    }
}
