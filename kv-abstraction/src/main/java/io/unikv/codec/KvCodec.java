package io.unikv.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.unikv.KvCodecException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns application values into the bytes stored under a key and back. The stores call it
 * for every value they write and read, so {@code store.set("user:1", user)} followed by
 * {@code store.get("user:1", User.class)} works, as it does in the Upstash SDKs.
 * <p>
 * Every codec stores text as its raw bytes (never JSON-quoted), so values written by
 * other clients read back naturally. The built-in codecs:
 * <ul>
 * <li>{@link #string()}: strings, numbers and booleans as text; {@code byte[]} as
 * is;</li>
 * <li>{@link #bytes()}: {@code byte[]} only, for applications that want no
 * conversion;</li>
 * <li>{@link #json()}: everything {@link #string()} accepts, plus any other object as
 * JSON through Jackson; reading as {@code Object} parses JSON and falls back to the raw
 * text.</li>
 * </ul>
 * Implementations must be thread-safe.
 *
 * @author unikv authors
 */
public interface KvCodec {

    /**
     * Encode a value for storage.
     * @param value the value
     * @return the bytes to store
     * @throws KvCodecException if this codec cannot represent the value
     */
    byte[] encode(Object value);

    /**
     * Decode stored bytes into a type.
     * @param <T> the requested type
     * @param data the stored bytes, or {@code null} for a missing key
     * @param type the requested type; primitive classes are treated as their wrappers
     * @return the value, or {@code null} if {@code data} is {@code null}
     * @throws KvCodecException if the bytes cannot be read as that type
     */
    <T> @Nullable T decode(byte @Nullable [] data, Class<T> type);

    /**
     * Return a codec for text, numbers and booleans in UTF-8.
     * @return the codec
     */
    static KvCodec string() {
        return TextCodec.UTF_8;
    }

    /**
     * Return a codec for text, numbers and booleans in a charset.
     * @param charset the charset of stored text
     * @return the codec
     */
    static KvCodec string(Charset charset) {
        return StandardCharsets.UTF_8.equals(charset) ? TextCodec.UTF_8 : new TextCodec(charset);
    }

    /**
     * Return a codec that stores and returns {@code byte[]} unchanged and refuses
     * anything else.
     * @return the codec
     */
    static KvCodec bytes() {
        return BytesCodec.INSTANCE;
    }

    /**
     * Return a codec that writes objects as JSON with a default Jackson
     * {@link JsonMapper}. Requires {@code tools.jackson.core:jackson-databind} on the
     * classpath.
     * @return the codec
     */
    static KvCodec json() {
        return JsonCodec.defaultCodec();
    }

    /**
     * Return a codec that writes objects as JSON with the given mapper, for example the
     * one Spring Boot configured.
     * @param mapper the mapper
     * @return the codec
     */
    static KvCodec json(JsonMapper mapper) {
        return new JsonCodec(mapper);
    }

}
