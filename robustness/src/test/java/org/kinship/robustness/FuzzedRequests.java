package org.kinship.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kinship.protocol.ClientMessage;

/**
 * Builds requests out of fuzz input. The request types and their fields come from the protocol itself
 * (ClientMessage's subtypes and their record components), so a new request type is fuzzed the day it is
 * added. Each field gets a value of the right shape most of the time (an id that exists, an enum's wire
 * name, a nested cursor) and anything at all otherwise: wrong types, nulls, huge and negative numbers.
 */
final class FuzzedRequests {
    /** Every request type on the wire, with the record that decodes it. */
    static final Map<String, Class<?>> TYPES = requestTypes();
    private static final List<String> TYPE_NAMES = List.copyOf(TYPES.keySet());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How deep generated values nest; a few levels reach every nested record of the protocol. */
    private static final int MAX_DEPTH = 4;
    /** Lengths around the protocol's limits, for strings of one repeated letter. */
    private static final int[] EDGE_LENGTHS = {0, 1, 64, 65, 100, 101, 280, 281, 500, 501, 1000, 1001, 4000, 4001, 16385};

    /** The ids that exist on the server right now, so fuzzed requests often name real things. */
    record Known(long roomId, long otherRoomId, long adminId, long memberId) {
    }

    private final FuzzedDataProvider data;
    private final Known known;
    /** Long strings left in this request: a few keep a frame well under the 64 KiB limit. */
    private int longStrings;

    FuzzedRequests(FuzzedDataProvider data, Known known) {
        this.data = data;
        this.known = known;
    }

    /** A request of a real type with the given id (null: none, so the reply may have none either). */
    ObjectNode request(String id) {
        longStrings = 2;
        String type = data.pickValue(TYPE_NAMES);
        ObjectNode request = NODES.objectNode().put("type", type);
        if (id != null) {
            request.put("id", id);
        }
        for (RecordComponent component : TYPES.get(type).getRecordComponents()) {
            if (component.getName().equals("id") || data.consumeInt(0, 9) == 0) {
                continue; // leaving out an optional or required field is part of the game
            }
            request.set(jsonName(component), value(component.getName(), component.getGenericType(), 0));
        }
        if (data.consumeInt(0, 15) == 0) {
            request.set(string(), any(0)); // an unknown field
        }
        return request;
    }

    /** A value for a field of this name and Java type: usually well-formed, sometimes anything. */
    private JsonNode value(String name, Type type, int depth) {
        int choice = data.consumeInt(0, 9);
        if (choice == 0) {
            return any(depth);
        }
        if (choice == 1) {
            return NODES.nullNode();
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            return number(name);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.booleanNode(data.consumeBoolean());
        }
        if (raw == String.class) {
            return NODES.textNode(data.consumeBoolean() ? string() : edgeString());
        }
        if (raw.isEnum()) {
            return JSON.valueToTree(data.pickValue(raw.getEnumConstants()));
        }
        if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            ArrayNode array = NODES.arrayNode();
            int size = depth >= MAX_DEPTH ? 0 : data.consumeInt(0, 3);
            for (int i = 0; i < size; i++) {
                array.add(value(name, p.getActualTypeArguments()[0], depth + 1));
            }
            return array;
        }
        if (raw.isRecord() && depth < MAX_DEPTH) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (data.consumeInt(0, 9) != 0) {
                    object.set(jsonName(component), value(component.getName(), component.getGenericType(), depth + 1));
                }
            }
            return object;
        }
        if (raw.getSimpleName().equals("LocalDate")) {
            return NODES.textNode(data.pickValue(List.of("2026-01-01", "1899-12-31", "1900-01-01", "9999-12-31",
                    java.time.LocalDate.now().toString())));
        }
        return any(depth);
    }

    /** A number, biased by the field's name towards the ids that exist. */
    private JsonNode number(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (data.consumeBoolean()) {
            if (lower.contains("room")) {
                return NODES.numberNode(data.consumeInt(0, 3) == 0 ? known.otherRoomId() : known.roomId());
            }
            if (lower.contains("user") || lower.contains("coach") || lower.contains("participant")) {
                return NODES.numberNode(data.consumeBoolean() ? known.memberId() : known.adminId());
            }
            if (lower.contains("seq") || lower.endsWith("id")) {
                return NODES.numberNode(data.consumeInt(0, 4));
            }
        }
        return switch (data.consumeInt(0, 9)) {
            case 0 -> NODES.numberNode(Long.MAX_VALUE);
            case 1 -> NODES.numberNode(Long.MIN_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 3 -> NODES.numberNode(data.consumeInt(Integer.MIN_VALUE, 0));
            case 4 -> NODES.numberNode(1.5);
            case 5 -> NODES.numberNode((long) Integer.MAX_VALUE + data.consumeInt(-1, 1));
            default -> NODES.numberNode(data.consumeInt(-2, 1000));
        };
    }

    /** Any JSON value at all, nesting deeper than the server allows now and then. */
    JsonNode any(int depth) {
        return switch (depth >= MAX_DEPTH ? data.consumeInt(0, 5) : data.consumeInt(0, 8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> number("");
            case 3, 4 -> NODES.textNode(string());
            case 5 -> NODES.numberNode(data.consumeDouble());
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    array.add(any(depth + 1));
                }
                yield array;
            }
            case 7 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    object.set(string(), any(depth + 1));
                }
                yield object;
            }
            default -> {
                JsonNode deep = NODES.textNode("bottom"); // past the server's nesting limit of 16
                for (int i = data.consumeInt(10, 20); i > 0; i--) {
                    deep = NODES.arrayNode().add(deep);
                }
                yield deep;
            }
        };
    }

    /** A short fuzzed string, always valid UTF-16 so the client can encode it. */
    String string() {
        return wellFormed(data.consumeString(40));
    }

    /** A string of a length at one of the protocol's limits, or a type name now and then. */
    private String edgeString() {
        if (data.consumeInt(0, 3) == 0) {
            return data.pickValue(TYPE_NAMES);
        }
        int length = data.pickValue(Arrays.stream(EDGE_LENGTHS).boxed().toList());
        if (length > 200 && longStrings-- <= 0) {
            length = 200;
        }
        return (data.consumeBoolean() ? "x" : " ").repeat(length);
    }

    /** Replaces unpaired surrogates, which no UTF-8 encoder accepts. */
    static String wellFormed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return out.toString();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Map<String, Class<?>> requestTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonSubTypes.Type t : ClientMessage.class.getAnnotation(JsonSubTypes.class).value()) {
            types.put(t.name(), t.value());
        }
        return types;
    }
}
