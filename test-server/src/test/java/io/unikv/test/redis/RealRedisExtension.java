package io.unikv.test.redis;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts real {@code redis-server} topologies on demand, injects them into
 * {@link RedisNode}, {@link RedisReplication} and {@link RedisCluster} parameters and
 * flushes their data before each test. Usually registered through {@link RealRedis},
 * which also adds the {@link RedisServerCondition}; without that annotation the topology
 * is {@link RedisTopology#STANDALONE}.
 * <p>
 * Each topology is started at most once per JVM (on first use) and kept in the root
 * {@link ExtensionContext.Store}, which stops it when the test run ends. Stateless and
 * thread-safe.
 *
 * @author unikv authors
 */
public final class RealRedisExtension implements BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(RealRedisExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        fixture(context, topology(context)).flushAll();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return Arrays.stream(RedisTopology.values()).anyMatch((topology) -> topology.parameterType() == type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        RedisTopology topology = topology(extensionContext);
        if (topology.parameterType() != type) {
            throw new ParameterResolutionException("@RealRedis(topology = " + topology + ") provides "
                    + topology.parameterType().getSimpleName() + ", not " + type.getSimpleName());
        }
        return fixture(extensionContext, topology).parameter();
    }

    private static RedisTopology topology(ExtensionContext context) {
        return AnnotationSupport
            .findAnnotation(context.getRequiredTestClass(), RealRedis.class, context.getEnclosingTestClasses())
            .map(RealRedis::topology)
            .orElse(RedisTopology.STANDALONE);
    }

    private static RedisFixture fixture(ExtensionContext context, RedisTopology topology) {
        return context.getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(topology, RealRedisExtension::start, RedisFixture.class);
    }

    private static RedisFixture start(RedisTopology topology) {
        Map<String, String> env = System.getenv();
        Path binary = RedisServerBinary.locate(env)
            .orElseThrow(() -> new IllegalStateException(RedisServerBinary.missingMessage(env)));
        return switch (topology) {
            case STANDALONE -> StandaloneFixture.start(binary);
            case REPLICATION -> ReplicationFixture.start(binary);
            case CLUSTER -> ClusterFixture.start(binary);
        };
    }

}
