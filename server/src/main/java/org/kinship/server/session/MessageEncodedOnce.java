package org.kinship.server.session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kinship.protocol.ChatMessage;

/**
 * Encodes a {@link ChatMessage} once for a send's event and its reply. The writer encodes the two one
 * right after the other, on its own thread and for the same instance ({@code message.new} to the room,
 * then {@code ok} to the sender), and the message was most of both: about a tenth of the writer's time
 * went to encoding it twice. Each thread keeps the last message it encoded, by identity; records are
 * immutable, so the same instance always has the same JSON. Messages in a list (a history page, a
 * resume) are each encoded once anyway, so they are written straight out.
 */
final class MessageEncodedOnce extends StdSerializer<Object> {
    private record Encoded(Object message, SerializedString json) {
    }

    private final JsonSerializer<Object> plain;
    private final ThreadLocal<Encoded> last = new ThreadLocal<>();

    private MessageEncodedOnce(JsonSerializer<Object> plain) {
        super(Object.class);
        this.plain = plain;
    }

    /** The module that puts this serializer in front of Jackson's own for {@link ChatMessage}. */
    static SimpleModule module() {
        return new SimpleModule("message-encoded-once").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return description.getBeanClass() == ChatMessage.class
                        ? new MessageEncodedOnce((JsonSerializer<Object>) serializer) : serializer;
            }
        });
    }

    @Override
    public void serialize(Object message, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (out.getOutputContext().inArray()) {
            plain.serialize(message, out, provider);
            return;
        }
        Encoded known = last.get();
        if (known == null || known.message() != message) {
            known = new Encoded(message, new SerializedString(encode(message, out, provider)));
            last.set(known);
        }
        out.writeRawValue(known.json());
    }

    private String encode(Object message, JsonGenerator out, SerializerProvider provider) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator alone = out.getCodec().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            plain.serialize(message, alone, provider);
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
