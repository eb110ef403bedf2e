package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.ProtocolDoc.PermissionRow;

/**
 * PROTOCOL.md's "Who may send what" table is the documented face of the server's one permission table:
 * every request type has exactly one row, and every row names a request type.
 */
class PermissionTableDocTest {

    @Test
    void everyRequestTypeHasOneRowAndEveryRowIsARequestType() {
        List<PermissionRow> rows = ProtocolDoc.load().permissionRows();
        Set<String> documented = rows.stream().map(PermissionRow::type).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>(WireNames.of(ClientMessage.class).keySet());

        Set<String> undocumented = new TreeSet<>(declared);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(declared);

        assertAll(
                () -> assertTrue(undocumented.isEmpty(), "PROTOCOL.md's permission table lacks " + undocumented),
                () -> assertTrue(unknown.isEmpty(), "PROTOCOL.md's permission table lists unknown requests " + unknown),
                () -> assertEquals(documented.size(), rows.size(), "PROTOCOL.md's permission table repeats a request"));
    }

    @Test
    void everyRowSaysWhoMaySendIt() {
        for (PermissionRow row : ProtocolDoc.load().permissionRows()) {
            assertFalse(row.who().isBlank(), "PROTOCOL.md:" + row.line() + ": say who may send " + row.type());
        }
    }
}
