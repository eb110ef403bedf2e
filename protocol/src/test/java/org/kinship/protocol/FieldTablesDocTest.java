package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kinship.protocol.ProtocolDoc.FieldTable;

/**
 * PROTOCOL.md's field tables are the documented face of the wire records, so a new field cannot go
 * undocumented and a removed one cannot linger: a request's table lists every field but {@code id} (no table
 * means no other field); a reply's or event's table, where it has one, lists every field; each shared object's
 * table lists exactly its record's fields; and every object nested in what the server sends has a section.
 */
class FieldTablesDocTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();
    private static final ProtocolDoc DOC = ProtocolDoc.load();
    private static final String SHARED_OBJECTS = "# Shared objects";
    private static final Set<String> REPLY_TYPES = Set.of("ok", "error");

    @TestFactory
    Stream<DynamicTest> everyRequestTableListsItsFieldsButId() {
        return WireNames.of(ClientMessage.class).entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            String heading = "### `" + entry.getKey() + "` (request)";
            FieldTable table = DOC.fieldTable(heading);
            Set<String> expected = wireFields(entry.getValue());
            expected.remove("id");
            Set<String> documented = table == null ? new TreeSet<>() : topLevel(table.fields());
            assertEquals(expected, documented, () -> heading + (table == null
                    ? ": has no | Field | table, so it says there are no fields besides id"
                    : " (PROTOCOL.md:" + table.line() + "): the field table differs from " + entry.getValue().getSimpleName()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyReplyOrEventTableListsAllItsFields() {
        return WireNames.of(ServerMessage.class).entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            String heading = "### `" + entry.getKey() + "` (" + (REPLY_TYPES.contains(entry.getKey()) ? "reply" : "event") + ")";
            FieldTable table = DOC.fieldTable(heading);
            if (table != null) {
                assertEquals(wireFields(entry.getValue()), topLevel(table.fields()), () -> heading + " (PROTOCOL.md:"
                        + table.line() + "): the field table differs from " + entry.getValue().getSimpleName());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySharedObjectTableListsExactlyItsRecordsFields() {
        return DOC.subHeadings(SHARED_OBJECTS).stream().map(heading -> dynamicTest(heading, () -> {
            Class<?> type = wireRecord(heading.substring(4).strip());
            assertNotNull(type, heading + " names no wire record in " + ProtocolJson.class.getPackageName());
            FieldTable table = DOC.fieldTable(heading);
            assertNotNull(table, heading + " has no | Field | table");
            assertEquals(wireFields(type), new TreeSet<>(table.fields()),
                    () -> heading + " (PROTOCOL.md:" + table.line() + "): the field table differs from the record");
        }));
    }

    @Test
    void everyObjectNestedInWhatTheServerSendsHasASharedObjectSection() {
        Set<String> documented = DOC.subHeadings(SHARED_OBJECTS).stream()
                .map(heading -> heading.substring(4).strip()).collect(Collectors.toSet());
        Deque<Class<?>> toVisit = new ArrayDeque<>();
        toVisit.addAll(WireNames.of(ServerMessage.class).values());
        toVisit.addAll(WireNames.of(Result.class).values());
        Set<String> nested = new TreeSet<>();
        while (!toVisit.isEmpty()) {
            for (RecordComponent component : toVisit.pop().getRecordComponents()) {
                for (Class<?> type : classesIn(component.getGenericType())) {
                    if (isSharedObject(type) && nested.add(type.getSimpleName())) {
                        toVisit.push(type);
                    }
                }
            }
        }
        nested.removeAll(documented);
        assertTrue(nested.isEmpty(), "PROTOCOL.md's " + SHARED_OBJECTS + " has no section for " + nested);
    }

    /** The protocol record with this simple name; null when there is none. */
    private static Class<?> wireRecord(String simpleName) {
        try {
            Class<?> type = Class.forName(ProtocolJson.class.getPackageName() + "." + simpleName);
            return type.isRecord() ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The names the wire uses for a type's fields, as the protocol's own mapper sees them. */
    private static Set<String> wireFields(Class<?> type) {
        BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type));
        return description.findProperties().stream().map(BeanPropertyDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Leaves out rows that describe the inside of a list, like {@code rooms[].roomId}. */
    private static Set<String> topLevel(List<String> fields) {
        return fields.stream().filter(f -> !f.contains("[") && !f.contains("."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> c) {
            return List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.of(p.getActualTypeArguments()).flatMap(arg -> classesIn(arg).stream()).toList();
        }
        return List.of();
    }

    private static boolean isSharedObject(Class<?> type) {
        return type.isRecord() && type.getPackage() == ProtocolJson.class.getPackage()
                && !ServerMessage.class.isAssignableFrom(type) && !Result.class.isAssignableFrom(type)
                && !ClientMessage.class.isAssignableFrom(type);
    }
}
