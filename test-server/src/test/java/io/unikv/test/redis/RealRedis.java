package io.unikv.test.redis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the annotated test class against a real {@code redis-server} of the given
 * {@link #topology() topology}.
 * <p>
 * Test, {@code @BeforeEach}/{@code @AfterEach} and {@code @BeforeAll}/{@code @AfterAll}
 * methods receive the fixture by declaring a parameter of the topology's
 * {@link RedisTopology#parameterType() type}. Each topology is started lazily once per
 * JVM, shared by all classes that ask for it and stopped when the test run ends. Every
 * test method starts with an empty keyspace: all data is flushed before it (and before
 * its {@code @BeforeEach} methods), so data written in {@code @BeforeAll} does not
 * survive into the tests.
 * <p>
 * The classes are disabled when no {@code redis-server} binary can be found (see
 * {@link RedisServerCondition}), or fail when the environment variable
 * {@code UNIKV_REQUIRE_REDIS=true} is set. Because the servers are shared, annotated
 * tests hold a common {@link ResourceLock} and never run in parallel with each other.
 *
 * @author unikv authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({ RedisServerCondition.class, RealRedisExtension.class })
@ResourceLock("io.unikv.test.redis.RealRedis")
public @interface RealRedis {

    /**
     * The deployment to run against.
     * @return the topology, {@link RedisTopology#STANDALONE} by default
     */
    RedisTopology topology() default RedisTopology.STANDALONE;

}
