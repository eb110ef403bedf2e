package org.kinship.server.session;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
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
 */
public final class Outbox {
    private static final ThreadLocal<Outbox> OPEN = new ThreadLocal<>();

    /** A {@link io.netty.handler.codec.http.websocketx.WebSocketFrame}, or a whole frame's bytes ({@link TextFrames}). */
    private record Frame(Channel channel, ReferenceCounted frame, boolean thenClose) {
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

    /** Writes and flushes the frame, or keeps it for the end of the batch when this thread collects. */
    static void send(Channel channel, ReferenceCounted frame, boolean thenClose) {
        Outbox outbox = OPEN.get();
        if (outbox != null) {
            outbox.frames.add(new Frame(channel, frame, thenClose));
        } else if (thenClose) {
            channel.writeAndFlush(frame).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.writeAndFlush(frame, channel.voidPromise());
        }
    }

    private void handOut() {
        Map<EventLoop, List<Frame>> byLoop = new IdentityHashMap<>();
        for (Frame f : frames) {
            byLoop.computeIfAbsent(f.channel().eventLoop(), loop -> new ArrayList<>()).add(f);
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
        Set<Channel> written = new LinkedHashSet<>();
        for (Frame f : frames) {
            if (f.thenClose()) {
                f.channel().writeAndFlush(f.frame()).addListener(ChannelFutureListener.CLOSE);
            } else {
                f.channel().write(f.frame(), f.channel().voidPromise());
                written.add(f.channel());
            }
        }
        written.forEach(Channel::flush);
    }
}
