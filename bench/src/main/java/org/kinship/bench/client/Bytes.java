package org.kinship.bench.client;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Byte-level looks into frames, so the generator never decodes a frame it only needs one number from. */
public final class Bytes {
    private Bytes() {
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public static boolean startsWith(ByteBuf buf, byte[] prefix) {
        if (buf.readableBytes() < prefix.length) {
            return false;
        }
        int at = buf.readerIndex();
        for (int i = 0; i < prefix.length; i++) {
            if (buf.getByte(at + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index (absolute) just after the first occurrence of {@code needle}, or -1. */
    public static int indexAfter(ByteBuf buf, byte[] needle) {
        int end = buf.writerIndex() - needle.length;
        outer:
        for (int i = buf.readerIndex(); i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buf.getByte(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i + needle.length;
        }
        return -1;
    }

    public static boolean contains(ByteBuf buf, byte[] needle) {
        return indexAfter(buf, needle) >= 0;
    }

    /** The decimal number right after {@code marker}, or -1 when the marker is absent. */
    public static long numberAfter(ByteBuf buf, byte[] marker) {
        int i = indexAfter(buf, marker);
        if (i < 0) {
            return -1;
        }
        long value = 0;
        for (; i < buf.writerIndex(); i++) {
            byte b = buf.getByte(i);
            if (b < '0' || b > '9') {
                break;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }
}
