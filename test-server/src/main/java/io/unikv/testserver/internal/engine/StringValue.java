package io.unikv.testserver.internal.engine;

/**
 * A string value. Redis keeps small integers as {@code int} and short strings as
 * {@code embstr}; this class reports the same encodings.
 *
 * @param bytes the content; never modified in place
 * @author unikv authors
 */
public record StringValue(byte[] bytes) implements RedisValue {

    @Override
    public Values type() {
        return Values.STRING;
    }

    @Override
    public String encoding() {
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
