package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.protocol.ClientMessage;
import org.kinship.server.testing.TestServer;

/** Adding a request type without its permission row or handler fails here, not in production. */
class DispatchTableTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void everyRequestTypeHasADecoderAPermissionRowAndAHandler() {
        List<Class<?>> permitted = List.of(ClientMessage.class.getPermittedSubclasses());
        List<Class<?>> decodable = Arrays.stream(ClientMessage.class.getAnnotation(JsonSubTypes.class).value())
                .<Class<?>>map(JsonSubTypes.Type::value).toList();
        assertTrue(decodable.containsAll(permitted) && permitted.containsAll(decodable), "decoder entries match the sealed list");
        for (Class<?> type : permitted) {
            @SuppressWarnings("unchecked")
            Class<? extends ClientMessage> request = (Class<? extends ClientMessage>) type;
            assertTrue(Permissions.ruleFor(request).isPresent(), "permission row for " + type.getSimpleName());
            assertTrue(server.kinship().dispatcher().handles(request), "handler for " + type.getSimpleName());
        }
    }
}
