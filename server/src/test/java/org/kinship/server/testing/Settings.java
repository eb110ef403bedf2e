package org.kinship.server.testing;

import java.util.HashMap;
import java.util.Map;

/** Organisation settings for {@code org.settings.set}: the defaults, with some changed. */
public final class Settings {
    private Settings() {
    }

    /** The defaults with {@code overrides} (name, value, name, value, ...) applied. */
    public static Map<String, Object> with(Object... overrides) {
        Map<String, Object> s = new HashMap<>(Map.of("participantDirectMessages", false, "supervisorReview", false,
                "quietAfterDays", 4, "coachCapacity", 15, "erasure", "tombstone"));
        for (int i = 0; i < overrides.length; i += 2) {
            s.put((String) overrides[i], overrides[i + 1]);
        }
        return s;
    }
}
