package org.kinship.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Frames sent while a batch of the writer's is finished, handed to the event loops together at
 * the end: one task per event loop and one flush per connection, instead of a task, a wake-up and a
 * write system call for every frame. A send's reply and its event to the sender become one write, and
 * in a busy room each member gets all the batch's messages in one. Each connection's frames keep their
 * order; frames from other threads were never ordered against a batch's, and still are not.
 * Whole frames enter the pipeline at the connection's entry point, low down; a close frame, which still
 * needs encoding, enters at the top.
 */
public final class Outbox {
    private static final ThreadLocal<Outbox> OPEN = new ThreadLocal<>();

    /** A whole frame's bytes ({@link TextFrames}), or a close frame after which the connection closes. */
    private record Frame(ChannelHandlerContext entry, ReferenceCounted frame, boolean thenClose) {
    }

    private final List<Frame> frames = new ArrayList<>();

    private Outbox() {
    }

    /** Runs {@code completions}, collecting what they send on this thread, then hands it all out. */
    public static void collect(Runnable completions) {
        if (OPEN.get() != null) {
            completions.run();
            return;
        }
        Outbox outbox = new Outbox();
        OPEN.set(outbox);
        try {
            completions.run();
        } finally {
            OPEN.remove();
            outbox.handOut();
        }
    }

    /**
     * Writes and flushes a whole frame at {@code entry}, or keeps it for the end of the batch when this
     * thread collects.
     */
    static void send(ChannelHandlerContext entry, ByteBuf frame) {
        send(new Frame(entry, frame, false));
    }

    /** Sends the close frame through the whole pipeline, as {@link #send} sends frames, then closes. */
    static void sendAndClose(ChannelHandlerContext entry, CloseWebSocketFrame close) {
        send(new Frame(entry, close, true));
    }

    private static void send(Frame f) {
        Outbox outbox = OPEN.get();
        if (outbox != null) {
            outbox.frames.add(f);
        } else if (f.thenClose()) {
            writeThenClose(f);
        } else {
            f.entry().writeAndFlush(f.frame(), f.entry().voidPromise());
        }
    }

    private void handOut() {
        Map<EventLoop, List<Frame>> byLoop = new IdentityHashMap<>();
        for (Frame f : frames) {
            byLoop.computeIfAbsent(f.entry().channel().eventLoop(), loop -> new ArrayList<>()).add(f);
        }
        byLoop.forEach((loop, some) -> {
            try {
                loop.execute(() -> write(some));
            } catch (RejectedExecutionException shuttingDown) {
                some.forEach(f -> ReferenceCountUtil.release(f.frame()));
            }
        });
    }

    private static void write(List<Frame> frames) {
        Set<ChannelHandlerContext> written = new LinkedHashSet<>();
        for (Frame f : frames) {
            if (f.thenClose()) {
                writeThenClose(f);
            } else {
                f.entry().write(f.frame(), f.entry().voidPromise());
                written.add(f.entry());
            }
        }
        written.forEach(ChannelHandlerContext::flush);
    }

    private static void writeThenClose(Frame f) {
        f.entry().channel().writeAndFlush(f.frame()).addListener(ChannelFutureListener.CLOSE);
    }
}
