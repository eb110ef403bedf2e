package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the writer sends while it completes a batch leaves together, in order, with one flush per
 * connection; whole frames enter at the connection's entry point, close frames at the top.
 */
class OutboxTest {
    @Test
    void framesSentWhileCollectingLeaveTogetherInOrderWithOneFlush() {
        AtomicInteger flushes = new AtomicInteger();
        EmbeddedChannel channel = new EmbeddedChannel(new ChannelOutboundHandlerAdapter() {
            @Override
            public void flush(ChannelHandlerContext ctx) {
                flushes.incrementAndGet();
                ctx.flush();
            }
        }, new EntryStandIn());
        ChannelHandlerContext entry = EntryStandIn.in(channel);
        Outbox.collect(() -> {
            Outbox.send(entry, bytes("one"));
            Outbox.send(entry, bytes("two"));
            channel.runPendingTasks();
            assertNull(channel.readOutbound(), "nothing leaves before the batch is complete");
        });
        channel.runPendingTasks();
        assertEquals("one", textOut(channel));
        assertEquals("two", textOut(channel));
        assertEquals(1, flushes.get());
        channel.finishAndReleaseAll();
    }

    @Test
    void wholeFramesPassNoHandlerAboveTheEntryButACloseFramePassesThemAll() {
        AtomicInteger seenAbove = new AtomicInteger();
        EmbeddedChannel channel = new EmbeddedChannel(new EntryStandIn(), new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                seenAbove.incrementAndGet();
                ctx.write(msg, promise);
            }
        });
        ChannelHandlerContext entry = EntryStandIn.in(channel);
        Outbox.send(entry, bytes("frame"));
        assertEquals("frame", textOut(channel));
        assertEquals(0, seenAbove.get());
        Outbox.sendAndClose(entry, new CloseWebSocketFrame(1000, "bye"));
        assertEquals(1, seenAbove.get());
        CloseWebSocketFrame close = assertInstanceOf(CloseWebSocketFrame.class, channel.readOutbound());
        close.release();
        assertFalse(channel.isOpen());
    }

    @Test
    void aCloseLeavesAfterTheFramesBeforeItAndClosesTheConnection() {
        EmbeddedChannel channel = new EmbeddedChannel(new EntryStandIn());
        ChannelHandlerContext entry = EntryStandIn.in(channel);
        Outbox.collect(() -> {
            Outbox.send(entry, bytes("last words"));
            Outbox.sendAndClose(entry, new CloseWebSocketFrame(4001, "account deleted"));
        });
        assertTrue(channel.isOpen());
        channel.runPendingTasks();
        assertEquals("last words", textOut(channel));
        CloseWebSocketFrame close = assertInstanceOf(CloseWebSocketFrame.class, channel.readOutbound());
        assertEquals(4001, close.statusCode());
        close.release();
        assertFalse(channel.isOpen());
    }

    @Test
    void outsideABatchAFrameLeavesAtOnce() {
        EmbeddedChannel channel = new EmbeddedChannel(new EntryStandIn());
        Outbox.send(EntryStandIn.in(channel), bytes("now"));
        assertEquals("now", textOut(channel));
        channel.finishAndReleaseAll();
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    }

    private static String textOut(EmbeddedChannel channel) {
        ByteBuf frame = channel.readOutbound();
        try {
            return frame.toString(StandardCharsets.UTF_8);
        } finally {
            frame.release();
        }
    }
}
