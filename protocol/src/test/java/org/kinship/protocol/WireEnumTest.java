package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every enum the wire carries spells its values one way: JSON, wireName() and fromWireName agree. */
class WireEnumTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();

    @Test
    void everyWireEnumEncodesAsItsWireNameAndParsesBack() throws Exception {
        Set<Class<?>> enums = enumsOnTheWire();
        assertTrue(enums.size() >= 10, "found " + enums);
        for (Class<?> type : enums) {
            assertTrue(WireEnum.class.isAssignableFrom(type), type.getSimpleName() + " implements WireEnum");
            for (Object constant : type.getEnumConstants()) {
                String wireName = ((WireEnum) constant).wireName();
                assertEquals('"' + wireName + '"', MAPPER.writeValueAsString(constant), type.getSimpleName());
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object parsed = WireEnum.fromWireName((Class) type, wireName);
                assertEquals(constant, parsed);
            }
        }
    }

    /** Enum types reachable from any request, server message or result, through records and lists. */
    private static Set<Class<?>> enumsOnTheWire() {
        Set<Class<?>> seen = new HashSet<>();
        Set<Class<?>> enums = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (Class<?> root : new Class<?>[] {ClientMessage.class, ServerMessage.class, Result.class}) {
            todo.addAll(java.util.List.of(root.getPermittedSubclasses()));
        }
        while (!todo.isEmpty()) {
            Type next = todo.pop();
            if (next instanceof ParameterizedType generic) {
                todo.addAll(java.util.List.of(generic.getActualTypeArguments()));
                continue;
            }
            if (!(next instanceof Class<?> type) || !seen.add(type) || type == ErrorCode.class) {
                continue;
            }
            if (type.isEnum()) {
                enums.add(type);
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    todo.add(component.getGenericType());
                }
            }
        }
        return enums;
    }
}
