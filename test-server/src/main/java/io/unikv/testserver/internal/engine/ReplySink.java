package io.unikv.testserver.internal.engine;

/**
 * Where a client's replies go: a RESP connection or a REST response. Called on the engine
 * thread only.
 *
 * @author unikv authors
 */
public interface ReplySink {

    /**
     * Queue a reply for the client.
     * @param reply the reply
     */
    void send(Reply reply);

    /**
     * Send what was queued.
     */
    void flush();

    /**
     * Close the connection after the queued replies are sent (QUIT, CLIENT KILL, faults).
     */
    void close();

    /**
     * Close the connection at once, dropping queued replies (fault injection).
     */
    void drop();

}
