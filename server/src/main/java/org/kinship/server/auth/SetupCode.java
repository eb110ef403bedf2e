package org.kinship.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one-time code that lets the first person become admin. It exists only in memory while the
 * database has no account, and is printed once at start-up; a restart before setup prints a new one.
 */
public final class SetupCode {
    private volatile String code;

    private SetupCode(String code) {
        this.code = code;
    }

    public static SetupCode fresh() {
        return new SetupCode(Tokens.newHumanCode(10));
    }

    public static SetupCode none() {
        return new SetupCode(null);
    }

    public boolean isActive() {
        return code != null;
    }

    /** The code to print; null once setup is done. */
    public String value() {
        return code;
    }

    /** Constant-time comparison of what a person typed with the code. */
    public boolean matches(String typed) {
        String current = code;
        if (current == null || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(
                Tokens.normaliseCode(current).getBytes(StandardCharsets.UTF_8),
                Tokens.normaliseCode(typed).getBytes(StandardCharsets.UTF_8));
    }

    void consume() {
        code = null;
    }
}
