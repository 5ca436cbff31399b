package io.unikv.testserver.internal.engine;

/**
 * A string value. Redis keeps small integers as {@code int} and short strings as
 * {@code embstr}; this class reports the same encodings.
 *
 * @param bytes the content; never modified in place
 * @param raw whether Redis would hold it {@code raw} whatever its length (strings that
 * bit and HyperLogLog commands wrote)
 * @author unikv authors
 */
public record StringValue(byte[] bytes, boolean raw) implements RedisValue {

    /**
     * A string encoded as Redis encodes what {@code SET} stores.
     * @param bytes the content; never modified in place
     */
    public StringValue(byte[] bytes) {
        this(bytes, false);
    }

    @Override
    public Values type() {
        return Values.STRING;
    }

    @Override
    public String encoding() {
        if (this.raw) {
            return "raw";
        }
        if (this.bytes.length <= 20) {
            try {
                RedisNumbers.parseLong(this.bytes);
                return "int";
            }
            catch (NumberFormatException ex) {
                // not an integer: embstr or raw
            }
        }
        return (this.bytes.length <= 44) ? "embstr" : "raw";
    }

    @Override
    public RedisValue copy() {
        return this;
    }

}
