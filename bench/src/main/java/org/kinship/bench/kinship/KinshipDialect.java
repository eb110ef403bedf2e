package org.kinship.bench.kinship;

import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kinship.bench.client.Bytes;
import org.kinship.bench.load.Dialect;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Step;

/**
 * Kinship's JSON protocol, as far as the benchmark uses it. The Node and plain Netty references speak
 * the same subset, so one dialect drives all three. Bodies are plain ASCII, so no JSON escaping is needed.
 */
public final class KinshipDialect implements Dialect {
    public static final KinshipDialect INSTANCE = new KinshipDialect();

    private static final byte[] WELCOME = Bytes.ascii("\"type\":\"welcome\"");
    private static final byte[] JOINED = Bytes.ascii("\"id\":\"j\"");
    private static final byte[] RESUMED = Bytes.ascii("\"id\":\"r\"");
    private static final byte[] MESSAGE_NEW = Bytes.ascii("{\"type\":\"message.new\"");
    private static final byte[] OK = Bytes.ascii("{\"type\":\"ok\"");
    private static final byte[] ERROR = Bytes.ascii("{\"type\":\"error\"");
    private static final byte[] STAMP = Bytes.ascii("\"body\":\"t");

    /** Client keys unique for the generator's life, so no send is ever taken for a retry. */
    private static final AtomicLong KEYS = new AtomicLong();

    private KinshipDialect() {
    }

    @Override
    public List<Step> connectSteps(Identity who) {
        return List.of(Step.await(WELCOME));
    }

    @Override
    public List<Step> joinSteps(Identity who, String room) {
        return List.of(
                Step.await(WELCOME),
                Step.lenient("{\"type\":\"room.join\",\"id\":\"j\",\"roomId\":" + room + "}", JOINED),
                Step.request("{\"type\":\"resume\",\"id\":\"r\",\"rooms\":[{\"roomId\":" + room
                        + ",\"afterSeq\":0,\"afterRev\":0}]}", RESUMED));
    }

    @Override
    public String send(String room, long n, String body) {
        return "{\"type\":\"message.send\",\"id\":\"s" + n + "\",\"roomId\":" + room
                + ",\"clientKey\":\"" + clientKey() + "\",\"body\":\"" + body + "\"}";
    }

    /** Shaped like the web client's keys: the time in base 36 first, then what makes the key unique. */
    private static String clientKey() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + KEYS.incrementAndGet();
    }

    public static String history(String room, long n, long beforeSeq, int limit) {
        String before = beforeSeq > 0 ? ",\"beforeSeq\":" + beforeSeq : "";
        return "{\"type\":\"history\",\"id\":\"h" + n + "\",\"roomId\":" + room + before + ",\"limit\":" + limit + "}";
    }

    @Override
    public boolean isDelivery(ByteBuf frame) {
        return Bytes.startsWith(frame, MESSAGE_NEW);
    }

    @Override
    public boolean isAck(ByteBuf frame) {
        return Bytes.startsWith(frame, OK);
    }

    @Override
    public boolean isError(ByteBuf frame) {
        return Bytes.startsWith(frame, ERROR);
    }

    @Override
    public byte[] stampMarker() {
        return STAMP;
    }
}
