package io.unikv.test.redis;

/**
 * The shape of the real Redis deployment a {@link RealRedis} test class runs against, and
 * the fixture type its test and lifecycle methods can declare as a parameter.
 *
 * @author unikv authors
 */
public enum RedisTopology {

    /**
     * One server; inject {@link RedisNode}.
     */
    STANDALONE(RedisNode.class),

    /**
     * A primary with one replica that has finished its initial sync; inject
     * {@link RedisReplication}.
     */
    REPLICATION(RedisReplication.class),

    /**
     * A Redis Cluster of three masters without replicas, all 16384 slots assigned; inject
     * {@link RedisCluster}.
     */
    CLUSTER(RedisCluster.class);

    private final Class<?> parameterType;

    RedisTopology(Class<?> parameterType) {
        this.parameterType = parameterType;
    }

    /**
     * Returns the type that test and lifecycle methods declare to receive this topology's
     * fixture.
     * @return the injectable type, never {@code null}
     */
    public Class<?> parameterType() {
        return this.parameterType;
    }

}
