package io.unikv.commands;

/**
 * The condition of {@code JSON.SET}.
 *
 * @author unikv authors
 * @see RedisJsonCommands#jsonSet(String, String, Object, JsonSetCondition)
 */
public enum JsonSetCondition {

    /** {@code NX}: only if the path does not exist yet (or the key, for the root). */
    NX,

    /** {@code XX}: only if the path exists already. */
    XX

}
