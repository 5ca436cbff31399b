package io.unikv.pubsub;

import java.nio.charset.StandardCharsets;

import io.unikv.KvCodecException;
import io.unikv.codec.KvCodec;
import org.jspecify.annotations.Nullable;

/**
 * A published message as a subscriber receives it: the channel, the pattern that matched
 * (for pattern subscriptions) and the payload, decoded on demand with the store's
 * {@link KvCodec}. Immutable.
 *
 * @author unikv authors
 */
public final class Message {

    private final String channel;

    private final @Nullable String pattern;

    private final byte[] payload;

    private final KvCodec codec;

    /**
     * Create a message.
     * @param channel the channel it was published to
     * @param pattern the pattern that matched, or {@code null}
     * @param payload the payload as published
     * @param codec the codec that decodes it
     */
    public Message(String channel, @Nullable String pattern, byte[] payload, KvCodec codec) {
        this.channel = channel;
        this.pattern = pattern;
        this.payload = payload.clone();
        this.codec = codec;
    }

    /**
     * Return the channel the message was published to.
     * @return the channel
     */
    public String channel() {
        return this.channel;
    }

    /**
     * Return the pattern whose subscription received it.
     * @return the pattern, or {@code null} for channel and shard channel subscriptions
     */
    public @Nullable String pattern() {
        return this.pattern;
    }

    /**
     * Return the payload's bytes.
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return this.payload.clone();
    }

    /**
     * Return the payload as UTF-8 text.
     * @return the text
     */
    public String text() {
        return new String(this.payload, StandardCharsets.UTF_8);
    }

    /**
     * Decode the payload with the store's codec, as a value read with
     * {@code get(key, type)} would be.
     * @param <T> the type
     * @param type the type
     * @return the value
     * @throws KvCodecException if the payload cannot be decoded
     */
    public <T> @Nullable T value(Class<T> type) {
        return this.codec.decode(this.payload, type);
    }

    @Override
    public String toString() {
        return "Message[channel=" + this.channel + ((this.pattern != null) ? ", pattern=" + this.pattern : "") + ", "
                + this.payload.length + " bytes]";
    }

}
