package io.unikv.testserver.internal.engine;

/**
 * The users a client can be authenticated as: the default user, which may run everything,
 * and a read-only user (Upstash's {@code default_ro}), which may not run writes.
 *
 * @author unikv authors
 */
public enum User {

    /** Not authenticated on a server that requires it. */
    NONE(""),

    /** The default user. */
    DEFAULT("default"),

    /** The read-only user. */
    READ_ONLY("default_ro");

    private final String username;

    User(String username) {
        this.username = username;
    }

    /**
     * Return the ACL user name.
     * @return the name
     */
    public String username() {
        return this.username;
    }

}
