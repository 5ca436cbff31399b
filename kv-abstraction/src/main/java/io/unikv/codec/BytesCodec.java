package io.unikv.codec;

import io.unikv.KvCodecException;
import org.jspecify.annotations.Nullable;

/**
 * {@link KvCodec#bytes()}: binary values only, no conversion.
 *
 * @author unikv authors
 */
final class BytesCodec implements KvCodec {

    static final BytesCodec INSTANCE = new BytesCodec();

    private BytesCodec() {
    }

    @Override
    public byte[] encode(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        throw new KvCodecException("The bytes codec only stores byte[], not " + value.getClass().getName()
                + "; use KvCodec.string() or KvCodec.json()", null);
    }

    @Override
    public <T> @Nullable T decode(byte @Nullable [] data, Class<T> type) {
        if (type != byte[].class && type != Object.class) {
            throw new KvCodecException("The bytes codec only reads byte[], not " + type.getName(), null);
        }
        return type.cast(data);
    }

}
