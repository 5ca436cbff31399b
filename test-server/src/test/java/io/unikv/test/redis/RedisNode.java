package io.unikv.test.redis;

import io.lettuce.core.RedisURI;

/**
 * The address of one running {@code redis-server}. Immutable and thread-safe.
 *
 * @param host the host the server listens on, always {@code 127.0.0.1} for the fixtures
 * @param port the server's TCP port
 * @author unikv authors
 */
public record RedisNode(String host, int port) {

    /**
     * Returns the address as a {@code redis://host:port} URI string.
     * @return the URI, never {@code null}
     */
    public String uri() {
        return "redis://" + this.host + ":" + this.port;
    }

    /**
     * Returns the address as a Lettuce {@link RedisURI}.
     * @return a new mutable instance on every call, so callers may customise it
     */
    public RedisURI redisUri() {
        return RedisURI.create(this.host, this.port);
    }

}
