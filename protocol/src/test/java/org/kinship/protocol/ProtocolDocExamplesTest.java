package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kinship.protocol.ProtocolDoc.JsonBlock;
import org.kinship.protocol.ProtocolDoc.MessageSection;

/**
 * PROTOCOL.md's {@code json} examples are fixtures: each decodes into the wire types and encodes back to
 * the same JSON tree, and together they show every message type and result kind.
 *
 * <p>Direction rule: an example's {@code type} decides whether it is a {@link ClientMessage} or a
 * {@link ServerMessage}. Only a type that exists in both (today {@code typing} and {@code conversation.typing}) is settled by the nearest
 * heading, which must be {@code ### `<type>` (request)} or {@code ### `<type>` (event)}; anything else fails.
 */
class ProtocolDocExamplesTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();
    private static final Map<String, Class<?>> CLIENT_TYPES = WireNames.of(ClientMessage.class);
    private static final Map<String, Class<?>> SERVER_TYPES = WireNames.of(ServerMessage.class);
    private static final Map<String, Class<?>> RESULT_KINDS = WireNames.of(Result.class);
    /** Server messages that answer a request; every other server message is an event. */
    private static final Set<String> REPLY_TYPES = Set.of("ok", "error");
    private static final ProtocolDoc DOC = ProtocolDoc.load();

    /** One example, read as a JSON tree and placed in its direction. */
    private record Example(JsonBlock block, JsonNode tree, String type, Class<?> direction) {
    }

    @TestFactory
    Stream<DynamicTest> everyJsonExampleRoundTripsThroughTheWireTypes() {
        return DOC.jsonBlocks().stream()
                .map(block -> dynamicTest(block.toString(), () -> assertRoundTrips(read(block))));
    }

    @Test
    void everyRequestTypeHasAnExample() {
        assertEveryTypeShown(CLIENT_TYPES, ClientMessage.class);
    }

    @Test
    void everyServerMessageTypeHasAnExample() {
        assertEveryTypeShown(SERVER_TYPES, ServerMessage.class);
    }

    @Test
    void everyResultKindHasAnExample() {
        Set<String> shown = examples().stream()
                .filter(e -> e.direction() == ServerMessage.class && e.type().equals("ok"))
                .map(e -> e.tree().path("result").path("kind"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(RESULT_KINDS.keySet());
        missing.removeAll(shown);
        assertTrue(missing.isEmpty(), "PROTOCOL.md shows no ok reply with result kind " + missing);
    }

    @Test
    void everyMessageTypeHasExactlyOneSection() {
        List<MessageSection> expected = new ArrayList<>();
        CLIENT_TYPES.keySet().forEach(type -> expected.add(new MessageSection(type, "request")));
        SERVER_TYPES.keySet().forEach(type ->
                expected.add(new MessageSection(type, REPLY_TYPES.contains(type) ? "reply" : "event")));
        List<MessageSection> actual = DOC.messageSections();

        Set<MessageSection> missing = new LinkedHashSet<>(expected);
        actual.forEach(missing::remove);
        List<MessageSection> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        Map<MessageSection, Long> repeated = actual.stream()
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        repeated.values().removeIf(count -> count == 1);

        assertTrue(missing.isEmpty(), "PROTOCOL.md has no section for " + missing);
        assertTrue(unexpected.isEmpty(), "PROTOCOL.md has sections for unknown or misplaced types " + unexpected);
        assertTrue(repeated.isEmpty(), "PROTOCOL.md repeats sections " + repeated.keySet());
    }

    @Test
    void everyMessageSectionShowsItsOwnType() {
        List<Example> examples = examples();
        for (MessageSection section : DOC.messageSections()) {
            Class<?> direction = section.role().equals("request") ? ClientMessage.class : ServerMessage.class;
            boolean shown = examples.stream().anyMatch(e -> section.equals(MessageSection.of(e.block().heading()))
                    && e.type().equals(section.type()) && e.direction() == direction);
            assertTrue(shown, "section `" + section.type() + "` (" + section.role()
                    + ") has no example of its own type directly under its heading");
        }
    }

    @Test
    void documentHasAnExampleForEverySection() {
        assertFalse(DOC.jsonBlocks().isEmpty(), "PROTOCOL.md has no ```json blocks; is the fence tag right?");
        assertTrue(DOC.jsonBlocks().size() >= DOC.messageSections().size(),
                "fewer ```json blocks than message sections");
    }

    private static void assertEveryTypeShown(Map<String, Class<?>> types, Class<?> direction) {
        Set<String> shown = examples().stream()
                .filter(e -> e.direction() == direction)
                .map(Example::type)
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(types.keySet());
        missing.removeAll(shown);
        assertTrue(missing.isEmpty(), "PROTOCOL.md has no " + direction.getSimpleName() + " example of " + missing);
        for (Class<?> permitted : direction.getPermittedSubclasses()) {
            assertTrue(types.containsValue(permitted), permitted.getSimpleName() + " has no wire name");
        }
    }

    private static void assertRoundTrips(Example example) throws JsonProcessingException {
        Object decoded = MAPPER.readValue(example.block().text(), example.direction());
        Class<?> expectedClass = (example.direction() == ClientMessage.class ? CLIENT_TYPES : SERVER_TYPES)
                .get(example.type());
        assertEquals(expectedClass, decoded.getClass(), example.block() + ": decoded as the wrong record");

        String encoded = MAPPER.writerFor(example.direction()).writeValueAsString(decoded);
        JsonNode again = MAPPER.readTree(encoded);
        assertEquals(example.tree(), again, () -> example.block() + ": re-encoding changed the example\n"
                + "  document: " + example.tree() + "\n  encoded:  " + again);
    }

    private static List<Example> examples() {
        return DOC.jsonBlocks().stream().map(ProtocolDocExamplesTest::read).toList();
    }

    /** Reads one block and decides its direction; fails loudly on anything the rule cannot settle. */
    private static Example read(JsonBlock block) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(block.text());
        } catch (JsonProcessingException e) {
            return fail(block + ": not one JSON value: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            return fail(block + ": an example must be one JSON object");
        }
        if (!tree.path("type").isTextual()) {
            return fail(block + ": an example needs a string \"type\"");
        }
        String type = tree.get("type").asText();
        return new Example(block, tree, type, directionOf(block, type));
    }

    private static Class<?> directionOf(JsonBlock block, String type) {
        boolean client = CLIENT_TYPES.containsKey(type);
        boolean server = SERVER_TYPES.containsKey(type);
        if (client && !server) {
            return ClientMessage.class;
        }
        if (server && !client) {
            return ServerMessage.class;
        }
        if (!client) {
            return fail(block + ": \"" + type + "\" is neither a request nor a server message type");
        }
        MessageSection section = MessageSection.of(block.heading());
        if (section != null && section.type().equals(type) && section.role().equals("request")) {
            return ClientMessage.class;
        }
        if (section != null && section.type().equals(type) && section.role().equals("event")) {
            return ServerMessage.class;
        }
        return fail(block + ": \"" + type + "\" is both a request and an event; put the example directly under "
                + "### `" + type + "` (request) or ### `" + type + "` (event)");
    }
}
