package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the wire format, shared by the server, tests and any Java client.
 * Strict on input (unknown, repeated, missing required, null required and wrong-typed fields are refused;
 * optional fields may be left out) and bounded (nesting depth and string length), so hostile input fails
 * fast in the parser. Output leaves out absent fields, so what it writes it can read back.
 */
public final class ProtocolJson {
    /** Deepest nesting a client message may have; real messages need 4. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Longest single JSON string, in characters; message bodies are far shorter. */
    public static final int MAX_STRING_CHARS = 16_384;
    /** Bumped on incompatible changes; sent in {@link Welcome}. */
    public static final int PROTOCOL_VERSION = 1;

    private ProtocolJson() {
    }

    /** A request type's name on the wire, e.g. {@code sanction.apply} for {@link ApplySanction}. */
    public static String typeName(Class<? extends ClientMessage> type) {
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type subtype
                : ClientMessage.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
            if (subtype.value() == type) {
                return subtype.name();
            }
        }
        throw new IllegalArgumentException(type + " is not a registered request type");
    }

    public static JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .annotationIntrospector(new RequiredMeansNotNull())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                // No list on the wire holds a null: [null] is refused here rather than reaching a handler.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
    }

    /**
     * A field marked {@code @JsonProperty(required = true)} refuses an explicit {@code null} too.
     * (FAIL_ON_NULL_CREATOR_PROPERTIES would do that, but it also refuses every absent optional field.)
     */
    private static final class RequiredMeansNotNull extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSetter.Value findSetterInfo(Annotated member) {
            JsonProperty property = _findAnnotation(member, JsonProperty.class);
            if (property != null && property.required()) {
                return JsonSetter.Value.forValueNulls(Nulls.FAIL);
            }
            return super.findSetterInfo(member);
        }
    }
}
