package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sealed interfaces, their wire names and their records stay in step. */
class WireTypesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ClientMessage.class, ServerMessage.class, Result.class})
    void everyPermittedRecordHasExactlyOneWireName(Class<?> sealedInterface) {
        Set<Class<?>> named = new HashSet<>(WireNames.of(sealedInterface).values());
        Set<Class<?>> permitted = Set.of(sealedInterface.getPermittedSubclasses());
        assertEquals(permitted, named, sealedInterface.getSimpleName() + ": @JsonSubTypes and permits differ");
        assertEquals(WireNames.of(sealedInterface).size(), named.size(),
                sealedInterface.getSimpleName() + ": one record has two wire names");
    }

    @Test
    void onlyTypingIsBothARequestAndAServerMessage() {
        Set<String> both = new HashSet<>(WireNames.of(ClientMessage.class).keySet());
        both.retainAll(WireNames.of(ServerMessage.class).keySet());
        assertEquals(Set.of("typing", "conversation.typing"), both,
                "a type name in both directions needs PROTOCOL.md's heading rule; update ProtocolDocExamplesTest");
    }

    @Test
    void everyRequestStartsWithARequiredStringId() throws Exception {
        for (Class<?> type : ClientMessage.class.getPermittedSubclasses()) {
            RecordComponent[] components = type.getRecordComponents();
            assertNotNull(components, type.getSimpleName() + " is a record");
            assertEquals("id", components[0].getName(), type.getSimpleName());
            assertEquals(String.class, components[0].getType(), type.getSimpleName());
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Parameter id = type.getDeclaredConstructor(types).getParameters()[0];
            JsonProperty property = id.getAnnotation(JsonProperty.class);
            assertTrue(property != null && property.required(), type.getSimpleName() + ": id must be required");
        }
    }

    @Test
    void everyWireTypeIsARecord() {
        for (Class<?> sealedInterface : new Class<?>[] {ClientMessage.class, ServerMessage.class, Result.class}) {
            for (Class<?> type : sealedInterface.getPermittedSubclasses()) {
                assertTrue(type.isRecord(), type.getSimpleName() + " is a record");
            }
        }
    }
}
