package org.kinship.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.kinship.bench.client.Bytes;
import org.kinship.bench.client.FrameListener;

/**
 * One generator connection: it walks its set-up steps, then hands every frame to the running scenario's
 * {@link Sink}. All state is touched only on the generator's event loop.
 */
public final class Session implements FrameListener {
    private final Dialect dialect;
    private final List<Step> steps;
    private final String room;
    private final CompletableFuture<Session> ready = new CompletableFuture<>();
    private Channel channel;
    private int step;
    private volatile Sink sink = Sink.IGNORE;
    /** Free for the running scenario: e.g. sends in flight. */
    public int inFlight;

    public Session(Dialect dialect, List<Step> steps, String room) {
        this.dialect = dialect;
        this.steps = steps;
        this.room = room;
    }

    public CompletableFuture<Session> ready() {
        return ready;
    }

    public String room() {
        return room;
    }

    public void sink(Sink sink) {
        this.sink = sink;
    }

    public void send(String frame) {
        channel.writeAndFlush(new TextWebSocketFrame(frame), channel.voidPromise());
    }

    public void close() {
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public void onOpen(Channel channel) {
        this.channel = channel;
        advance();
    }

    @Override
    public void onText(ByteBuf text) {
        if (ready.isDone()) {
            sink.onText(this, text);
            return;
        }
        Step current = steps.get(step);
        if (!Bytes.contains(text, current.awaitToken())) {
            return;
        }
        if (!current.mayFail() && dialect.isError(text)) {
            fail(new IllegalStateException("set-up step refused: " + text.toString(StandardCharsets.UTF_8)));
            return;
        }
        step++;
        advance();
    }

    @Override
    public void onFailure(Throwable cause) {
        fail(cause);
    }

    @Override
    public void onClose() {
        fail(new IllegalStateException("closed during set-up"));
    }

    private void advance() {
        if (step == steps.size()) {
            ready.complete(this);
            return;
        }
        String frame = steps.get(step).frame();
        if (frame != null) {
            send(frame);
        }
    }

    private void fail(Throwable cause) {
        if (ready.completeExceptionally(cause)) {
            close();
        }
    }
}
