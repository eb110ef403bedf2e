package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.ProtocolDoc.ErrorRow;

/** Error codes are a stable contract: snake_case on the wire, and one row each in PROTOCOL.md's table. */
class ErrorCodeTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();
    /** HTTP statuses the table may name; "—" means the code is used on the socket only. */
    private static final Set<String> HTTP_STATUSES = Set.of("—", "400", "401", "403", "404", "409", "429", "500", "503");

    @Test
    void everyErrorCodeHasARowInTheDocumentAndEveryRowIsAnErrorCode() {
        List<ErrorRow> rows = ProtocolDoc.load().errorRows();
        Set<String> documented = rows.stream().map(ErrorRow::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> undocumented = new TreeSet<>(declared);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(declared);

        assertAll(
                () -> assertTrue(undocumented.isEmpty(), "PROTOCOL.md's error table lacks " + undocumented),
                () -> assertTrue(unknown.isEmpty(), "PROTOCOL.md's error table lists codes ErrorCode lacks: " + unknown),
                () -> assertEquals(documented.size(), rows.size(), "PROTOCOL.md's error table repeats a code"));
    }

    @Test
    void everyErrorRowSaysWhenAndNamesAnHttpStatusOrNone() {
        for (ErrorRow row : ProtocolDoc.load().errorRows()) {
            assertFalse(row.when().isBlank(), "PROTOCOL.md:" + row.line() + ": say when " + row.code() + " happens");
            assertTrue(HTTP_STATUSES.contains(row.httpStatus()),
                    "PROTOCOL.md:" + row.line() + ": HTTP status \"" + row.httpStatus() + "\" is not one of " + HTTP_STATUSES);
        }
    }

    @Test
    void wireNamesAreLowerSnakeCase() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.wireName().matches("[a-z]+(_[a-z]+)*"), code + " -> " + code.wireName());
        }
    }

    @Test
    void errorCodeIsWrittenAndReadByItsWireName() throws Exception {
        for (ErrorCode code : ErrorCode.values()) {
            String json = MAPPER.writeValueAsString(code);
            assertEquals('"' + code.wireName() + '"', json);
            assertEquals(code, MAPPER.readValue(json, ErrorCode.class));
        }
    }

    @Test
    void everyErrorCodeHasAMessageForPeople() {
        Set<String> messages = Arrays.stream(ErrorCode.values()).map(ErrorCode::defaultMessage).collect(Collectors.toSet());
        assertEquals(ErrorCode.values().length, messages.size(), "two codes share a default message");
        for (ErrorCode code : ErrorCode.values()) {
            String message = code.defaultMessage();
            assertFalse(message.isBlank(), code + " has no default message");
            assertTrue(message.endsWith("."), code + ": a default message is a sentence: " + message);
        }
    }
}
