package io.unikv;

/**
 * What a store's reads promise when replicas serve them (DESIGN §3). Writes always go to
 * the primary.
 *
 * @author unikv authors
 */
public enum Consistency {

    /**
     * Reads go to the chosen read region and may miss recent writes, even the store's
     * own; no sync token is sent.
     */
    EVENTUAL,

    /**
     * The default: reads carry the newest sync token the store has seen (and any token
     * from {@link SyncTokenContext}), so they see the store's own writes and every write
     * a handed-on token covers. A replica that has not caught up waits (REST) or the read
     * is repeated on the primary (TCP).
     */
    READ_YOUR_WRITES,

    /** Every read goes to the primary. */
    STRONG

}
