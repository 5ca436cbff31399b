package io.unikv.test.redis;

/**
 * A started topology as the extension manages it: stored once per JVM in the JUnit root
 * context, flushed before every test and closed at the end of the run.
 *
 * @author unikv authors
 */
interface RedisFixture extends AutoCloseable {

    /**
     * Returns the object injected into test parameters.
     * @return an instance of the topology's {@link RedisTopology#parameterType()}
     */
    Object parameter();

    /**
     * Deletes all data on every primary and, where there are replicas, waits until they
     * have applied the deletion too.
     */
    void flushAll();

    /**
     * Stops all servers and deletes their directories.
     */
    @Override
    void close();

}
