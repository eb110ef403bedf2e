package org.kinship.server.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import java.util.stream.Collectors;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ErrorReply;
import org.kinship.protocol.ProtocolJson;
import org.kinship.protocol.Replies;
import org.kinship.protocol.ServerMessage;

/**
 * Text frames to requests and server messages to bytes. Decoding reads the tree first so that a
 * request with a bad field can still be answered with its own id.
 */
public final class MessageCodec {
    /** Longest request id we echo; longer ids are refused. */
    static final int MAX_ID_CHARS = 64;

    private final JsonMapper mapper = ProtocolJson.newMapper();

    /** A decoded request, or the error reply to send instead. */
    public sealed interface Decoded permits Request, Invalid {
    }

    public record Request(ClientMessage message) implements Decoded {
    }

    public record Invalid(ErrorReply reply) implements Decoded {
    }

    public Decoded decode(String text) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            return invalid(null, ErrorCode.MALFORMED_JSON, "The message is too deeply nested or has a string that is too long.");
        } catch (JsonProcessingException e) {
            return invalid(null, ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.defaultMessage());
        }
        if (tree == null || !tree.isObject()) {
            return invalid(null, ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.defaultMessage());
        }
        JsonNode idNode = tree.get("id");
        String id = idNode != null && idNode.isTextual() && idNode.textValue().length() <= MAX_ID_CHARS
                ? idNode.textValue() : null;
        JsonNode type = tree.get("type");
        if (type == null || !type.isTextual()) {
            return invalid(id, ErrorCode.UNKNOWN_TYPE, "Every message needs a string \"type\".");
        }
        if (id == null) {
            return invalid(null, ErrorCode.INVALID_REQUEST, "Every request needs a string \"id\" of at most " + MAX_ID_CHARS + " characters.");
        }
        try {
            return new Request(mapper.treeToValue(tree, ClientMessage.class));
        } catch (InvalidTypeIdException e) {
            return invalid(id, ErrorCode.UNKNOWN_TYPE, "The message type \"" + type.textValue() + "\" is not known.");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return invalid(id, ErrorCode.INVALID_REQUEST, describe(e));
        }
    }

    public byte[] encode(ServerMessage message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("server message did not encode: " + message.getClass().getSimpleName(), e);
        }
    }

    /** The message as a whole WebSocket text frame, to be written as it is to one peer or to many. */
    public ByteBuf encodeAsFrame(ServerMessage message) {
        return TextFrames.of(encode(message));
    }

    private static Invalid invalid(String id, ErrorCode code, String message) {
        return new Invalid(Replies.error(id, code, message));
    }

    /** Names the offending field without echoing the client's values back. */
    private static String describe(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "The field \"" + field + "\" is missing, unexpected or of the wrong type.";
        }
        return ErrorCode.INVALID_REQUEST.defaultMessage();
    }
}
