package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kinship.protocol.ProtocolDoc.FieldTable;

/**
 * The closed sets of values a client branches on are named in PROTOCOL.md where a client looks for them: every
 * value of an enum field of a shared object in that field's row (e.g. each resource category), and every result
 * kind in the {@code ok} reply's list. A new value cannot then arrive on the wire unannounced.
 */
class WireValuesDocTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();
    private static final ProtocolDoc DOC = ProtocolDoc.load();
    private static final String SHARED_OBJECTS = "# Shared objects";
    private static final String OK_REPLY = "### `ok` (reply)";

    @TestFactory
    Stream<DynamicTest> everyEnumValueOfASharedObjectFieldIsNamedInItsRow() {
        return DOC.subHeadings(SHARED_OBJECTS).stream().map(heading -> dynamicTest(heading, () -> {
            String name = heading.substring(4).strip();
            Class<?> record = Class.forName(ProtocolJson.class.getPackageName() + "." + name);
            FieldTable table = DOC.fieldTable(heading);
            assertNotNull(table, heading + " has no | Field | table");
            List<String> missing = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> type = component.getType();
                if (!type.isEnum()) {
                    continue;
                }
                String cell = table.types().getOrDefault(component.getName(), "");
                for (Object constant : type.getEnumConstants()) {
                    String wire = MAPPER.convertValue(constant, String.class);
                    if (!cell.contains("`" + wire + "`")) {
                        missing.add(component.getName() + ": `" + wire + "`");
                    }
                }
            }
            assertTrue(missing.isEmpty(), () -> heading + " (PROTOCOL.md:" + table.line() + ") does not name " + missing);
        }));
    }

    @Test
    void everyResultKindIsNamedUnderTheOkReply() {
        String text = DOC.sectionText(OK_REPLY).replaceAll("\\s+", " ");
        Set<String> missing = new TreeSet<>();
        for (String kind : WireNames.of(Result.class).keySet()) {
            if (!text.contains("`" + kind + "` (")) {
                missing.add(kind);
            }
        }
        assertTrue(missing.isEmpty(), OK_REPLY + " lists no requests for result kinds " + missing
                + "; add them as `kind` ([`request`](#anchor))");
    }
}
