package io.unikv.testserver.internal.engine;

/**
 * The byte sizes of Redis's listpack encoding, so a stream can split its entries into
 * nodes where Redis would ({@code stream-node-max-bytes} is 4096): integers take 1 to 9
 * bytes by range, strings that look like integers are stored as integers, every element
 * carries a back-length of 1 to 5 bytes. Stateless.
 *
 * @author unikv authors
 */
final class ListpackSize {

    /** Header (total bytes and element count) plus the end marker. */
    static final int EMPTY = 7;

    private ListpackSize() {
    }

    static int ofInteger(long value) {
        return withBacklen(integerEncoding(value));
    }

    static int ofString(byte[] bytes) {
        Long value = asInteger(bytes);
        if (value != null) {
            return ofInteger(value);
        }
        int length = bytes.length;
        int encoded = (length < 64) ? 1 + length : (length < 4096) ? 2 + length : 5 + length;
        return withBacklen(encoded);
    }

    private static int integerEncoding(long value) {
        if (value >= 0 && value <= 127) {
            return 1;
        }
        if (value >= -4096 && value <= 4095) {
            return 2;
        }
        if (value >= -32768 && value <= 32767) {
            return 3;
        }
        if (value >= -8388608 && value <= 8388607) {
            return 4;
        }
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return 5;
        }
        return 9;
    }

    private static int withBacklen(int encoded) {
        if (encoded <= 127) {
            return encoded + 1;
        }
        if (encoded < 16383) {
            return encoded + 2;
        }
        if (encoded < 2097151) {
            return encoded + 3;
        }
        return (encoded < 268435455) ? encoded + 4 : encoded + 5;
    }

    /** Redis's strict {@code string2ll}: no spaces, no plus sign, no leading zeros. */
    private static Long asInteger(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > 20) {
            return null;
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!text.equals("0") && !text.matches("-?[1-9][0-9]*")) {
            return null;
        }
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

}
