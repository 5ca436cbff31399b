package io.unikv.transport;

/**
 * What a command does to the data, which decides where it may go and whether it may be
 * retried.
 *
 * @author unikv authors
 */
public enum CommandKind {

    /**
     * Only reads. May be served by a replica and retried after a timeout or a lost
     * connection.
     */
    READ,

    /**
     * May write. Always goes to the primary and is never retried once it may have been
     * sent.
     */
    WRITE

}
