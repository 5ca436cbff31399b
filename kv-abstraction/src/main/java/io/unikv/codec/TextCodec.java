package io.unikv.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.unikv.KvCodecException;
import io.unikv.transport.Command;
import org.jspecify.annotations.Nullable;

/**
 * {@link KvCodec#string()}: text, numbers and booleans stored as their text. Also the
 * base of {@link JsonCodec}, which adds objects.
 *
 * @author unikv authors
 */
class TextCodec implements KvCodec {

    static final TextCodec UTF_8 = new TextCodec(StandardCharsets.UTF_8);

    private final Charset charset;

    TextCodec(Charset charset) {
        this.charset = charset;
    }

    @Override
    public byte[] encode(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        String text = asText(value);
        return (text != null) ? text.getBytes(this.charset) : encodeOther(value);
    }

    /**
     * Encode a value that is not text, a number or a boolean.
     * @param value the value
     * @return the bytes
     */
    byte[] encodeOther(Object value) {
        throw new KvCodecException(
                "The string codec cannot store " + value.getClass().getName() + "; use KvCodec.json() for objects",
                null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T decode(byte @Nullable [] data, Class<T> type) {
        if (data == null) {
            return null;
        }
        Class<?> target = Primitives.wrap(type);
        if (target == byte[].class) {
            return (T) data;
        }
        if (target == String.class || target == CharSequence.class) {
            return (T) new String(data, this.charset);
        }
        if (Number.class.isAssignableFrom(target) || target == Boolean.class) {
            return (T) parseScalar(new String(data, this.charset), target);
        }
        return decodeOther(data, type);
    }

    /**
     * Decode into a type that is not text, bytes, a number or a boolean.
     * @param <T> the type
     * @param data the stored bytes
     * @param type the type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    <T> T decodeOther(byte[] data, Class<T> type) {
        if (type == Object.class) {
            return (T) new String(data, this.charset);
        }
        throw new KvCodecException("The string codec cannot read " + type.getName() + "; use KvCodec.json()", null);
    }

    Charset charset() {
        return this.charset;
    }

    private static @Nullable String asText(Object value) {
        if (value instanceof CharSequence || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number)) {
                throw new KvCodecException("NaN cannot be stored", null);
            }
            return Command.formatDouble(number);
        }
        return null;
    }

    private static Object parseScalar(String text, Class<?> target) {
        try {
            if (target == Long.class) {
                return Long.valueOf(text);
            }
            if (target == Integer.class) {
                return Integer.valueOf(text);
            }
            if (target == Short.class) {
                return Short.valueOf(text);
            }
            if (target == Byte.class) {
                return Byte.valueOf(text);
            }
            if (target == Double.class) {
                return parseDouble(text);
            }
            if (target == Float.class) {
                return (float) parseDouble(text);
            }
            if (target == BigInteger.class) {
                return new BigInteger(text);
            }
            if (target == BigDecimal.class || target == Number.class) {
                return new BigDecimal(text);
            }
            if (target == Boolean.class) {
                return parseBoolean(text);
            }
        }
        catch (NumberFormatException ex) {
            throw new KvCodecException(
                    "Stored value \"" + abbreviate(text) + "\" is not a valid " + target.getSimpleName(), ex);
        }
        throw new KvCodecException("Cannot read a value as " + target.getName(), null);
    }

    private static double parseDouble(String text) {
        // Redis writes infinities as inf/-inf (and accepts +inf).
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static Boolean parseBoolean(String text) {
        return switch (text) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }

    static String abbreviate(String text) {
        return (text.length() <= 32) ? text : text.substring(0, 32) + "...";
    }

}
