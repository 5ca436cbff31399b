package io.unikv.codec;

import java.nio.charset.StandardCharsets;

import io.unikv.KvCodecException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link KvCodec#json()}: text, numbers and booleans as text, everything else as JSON.
 *
 * @author unikv authors
 */
final class JsonCodec extends TextCodec {

    private static volatile JsonCodec defaultCodec;

    private final JsonMapper mapper;

    JsonCodec(JsonMapper mapper) {
        super(StandardCharsets.UTF_8);
        this.mapper = mapper;
    }

    static JsonCodec defaultCodec() {
        JsonCodec codec = defaultCodec;
        if (codec == null) {
            codec = new JsonCodec(JsonMapper.builder().build());
            defaultCodec = codec;
        }
        return codec;
    }

    @Override
    byte[] encodeOther(Object value) {
        try {
            return this.mapper.writeValueAsBytes(value);
        }
        catch (JacksonException ex) {
            throw new KvCodecException(
                    "Cannot write " + value.getClass().getName() + " as JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    @Override
    <T> T decodeOther(byte[] data, Class<T> type) {
        try {
            return this.mapper.readValue(data, type);
        }
        catch (JacksonException ex) {
            if (type == Object.class) {
                // Like the Upstash SDKs: a value that is not JSON reads back as its text.
                return type.cast(new String(data, charset()));
            }
            throw new KvCodecException("Stored value \"" + abbreviate(new String(data, charset()))
                    + "\" cannot be read as " + type.getName() + ": " + ex.getOriginalMessage(), ex);
        }
    }

}
