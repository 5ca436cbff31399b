package io.unikv.testserver.internal.engine;

/**
 * The Redis type names {@code TYPE} reports and {@code SCAN ... TYPE} filters on.
 *
 * @author unikv authors
 */
public enum Values {

    /** Strings. */
    STRING("string"),

    /** Lists. */
    LIST("list"),

    /** Hashes. */
    HASH("hash"),

    /** Sets. */
    SET("set"),

    /** Sorted sets. */
    ZSET("zset"),

    /** Streams. */
    STREAM("stream"),

    /** RedisJSON documents (the module's type name). */
    JSON("ReJSON-RL");

    private final String typeName;

    Values(String typeName) {
        this.typeName = typeName;
    }

    /**
     * Return the name {@code TYPE} reports.
     * @return the name
     */
    public String typeName() {
        return this.typeName;
    }

}
