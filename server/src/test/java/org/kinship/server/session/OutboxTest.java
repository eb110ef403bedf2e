package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the writer sends while it completes a batch leaves together, in order, with one flush per connection. */
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
        });
        Outbox.collect(() -> {
            Outbox.send(channel, new TextWebSocketFrame("one"), false);
            Outbox.send(channel, new TextWebSocketFrame("two"), false);
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
    void aCloseLeavesAfterTheFramesBeforeItAndClosesTheConnection() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Outbox.collect(() -> {
            Outbox.send(channel, new TextWebSocketFrame("last words"), false);
            Outbox.send(channel, new CloseWebSocketFrame(4001, "account deleted"), true);
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
        EmbeddedChannel channel = new EmbeddedChannel();
        Outbox.send(channel, new TextWebSocketFrame("now"), false);
        assertEquals("now", textOut(channel));
        channel.finishAndReleaseAll();
    }

    private static String textOut(EmbeddedChannel channel) {
        TextWebSocketFrame frame = channel.readOutbound();
        try {
            return frame.text();
        } finally {
            frame.release();
        }
    }
}
