package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the wire format, shared by the server, tests and any Java client.
 * Strict on input (unknown fields and missing required fields are refused) and bounded
 * (nesting depth and string length), so hostile input fails fast in the parser.
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

    public static JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
