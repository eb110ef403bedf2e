package org.kinship.protocol;

/**
 * An enum whose wire name (and database value) is its constant's name in lower case, as each constant's
 * {@code @JsonProperty} spells it; {@code WireValuesDocTest} keeps the two in step.
 */
public interface WireEnum {
    String name();

    /** The name on the wire and in the database, e.g. {@code peer_leader}. */
    default String wireName() {
        return WireEnumNames.wireName((Enum<?>) this);
    }

    /** The constant with this wire name; an unknown name throws {@link IllegalArgumentException}. */
    static <E extends Enum<E>> E fromWireName(Class<E> type, String wireName) {
        return WireEnumNames.fromWireName(type, wireName);
    }
}
