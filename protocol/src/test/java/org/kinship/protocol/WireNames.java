package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Map;
import java.util.TreeMap;

/** The wire names a sealed wire interface declares in its {@link JsonSubTypes}, read by reflection. */
final class WireNames {
    private WireNames() {
    }

    /** Wire name to record class, sorted by name; fails if the interface declares no subtypes or repeats a name. */
    static Map<String, Class<?>> of(Class<?> sealedInterface) {
        JsonSubTypes subTypes = sealedInterface.getAnnotation(JsonSubTypes.class);
        if (subTypes == null) {
            throw new IllegalStateException(sealedInterface.getSimpleName() + " has no @JsonSubTypes");
        }
        Map<String, Class<?>> names = new TreeMap<>();
        for (JsonSubTypes.Type type : subTypes.value()) {
            if (names.put(type.name(), type.value()) != null) {
                throw new IllegalStateException(sealedInterface.getSimpleName() + " repeats wire name " + type.name());
            }
        }
        return names;
    }
}
