package io.unikv.commands;

/**
 * The condition of {@code EXPIRE}, {@code PEXPIRE}, {@code EXPIREAT} and
 * {@code PEXPIREAT} (Redis 7.0).
 *
 * @author unikv authors
 */
public enum ExpireCondition {

    /** Set the expiry only when the key has none. */
    NX,

    /** Set the expiry only when the key already has one. */
    XX,

    /**
     * Set the expiry only when it is later than the current one (no expiry counts as
     * infinite).
     */
    GT,

    /**
     * Set the expiry only when it is earlier than the current one (no expiry counts as
     * infinite).
     */
    LT

}
