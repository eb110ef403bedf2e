package org.kinship.protocol;

import java.util.Locale;

/**
 * An enum whose wire name (and database value) is its constant's name in lower case, as each constant's
 * {@code @JsonProperty} spells it; {@code WireValuesDocTest} keeps the two in step.
 */
public interface WireEnum {
    String name();

    /** The name on the wire and in the database, e.g. {@code peer_leader}. */
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant with this wire name; an unknown name throws {@link IllegalArgumentException}. */
    static <E extends Enum<E>> E fromWireName(Class<E> type, String wireName) {
        return Enum.valueOf(type, wireName.toUpperCase(Locale.ROOT));
    }
}
