package org.kinship.server.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.Handle;

/**
 * DAOs attached once per connection and reused. Jdbi's {@code attach} builds a new proxy, with reflection,
 * on every call; the writer makes several per message, so attaching once per long-lived handle takes that
 * cost off the hot path. Handles are thread-confined (the writer's, each reader's), so the per-handle map
 * needs no locking of its own.
 */
public final class Daos {
    private static final Map<Handle, Map<Class<?>, Object>> ATTACHED = Collections.synchronizedMap(new WeakHashMap<>());

    private Daos() {
    }

    public static <T> T of(Handle h, Class<T> type) {
        Map<Class<?>, Object> mine = ATTACHED.computeIfAbsent(h, k -> new HashMap<>());
        return type.cast(mine.computeIfAbsent(type, h::attach));
    }
}
