package org.kinship.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (session tokens, invite and setup codes) and the hashes they are stored as. */
public final class Tokens {
    /** 256 random bits per session token. */
    public static final int SESSION_TOKEN_BYTES = 32;
    /** 128 random bits per invite code: short enough to read aloud in groups of four, too many to guess. */
    public static final int INVITE_CODE_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Tokens() {
    }

    public static String newSessionToken() {
        byte[] bytes = new byte[SESSION_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A random public id (64 bits, hex) for naming a secret's record without revealing the secret. */
    public static String newPublicId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A code people can type: groups of four from an alphabet without look-alikes (no 0/O, 1/I). */
    public static String newHumanCode(int randomBytes) {
        int chars = (int) Math.ceil(randomBytes * 8 / 5.0); // 5 bits per character
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Typed codes are compared without dashes, spaces or case, so a person may type them loosely. */
    public static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The hex of a token's hash: a safe key to group connections by sign-in, never the token itself. */
    public static String sessionKey(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }
}
