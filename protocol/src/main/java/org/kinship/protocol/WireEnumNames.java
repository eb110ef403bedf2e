package org.kinship.protocol;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each {@link WireEnum} type's wire names, worked out once per type: the server converts roles and
 * kinds on every message it stores, and a case conversion per call made a string each time.
 */
final class WireEnumNames {
    private static final ClassValue<WireEnumNames> OF_TYPE = new ClassValue<>() {
        @Override
        protected WireEnumNames computeValue(Class<?> type) {
            return new WireEnumNames(type.asSubclass(Enum.class));
        }
    };

    private final String[] byOrdinal;
    private final Map<String, Enum<?>> byWireName = new HashMap<>();

    private WireEnumNames(Class<? extends Enum> type) {
        Enum<?>[] constants = type.getEnumConstants();
        byOrdinal = new String[constants.length];
        for (Enum<?> constant : constants) {
            byOrdinal[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
            byWireName.put(byOrdinal[constant.ordinal()], constant);
        }
    }

    static String wireName(Enum<?> constant) {
        return OF_TYPE.get(constant.getDeclaringClass()).byOrdinal[constant.ordinal()];
    }

    static <E extends Enum<E>> E fromWireName(Class<E> type, String wireName) {
        Enum<?> constant = OF_TYPE.get(type).byWireName.get(wireName);
        if (constant == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " is called \"" + wireName + "\"");
        }
        return type.cast(constant);
    }
}
