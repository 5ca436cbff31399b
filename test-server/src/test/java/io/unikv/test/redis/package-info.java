/**
 * JUnit 5 fixtures that run the machine's real {@code redis-server} (standalone, primary
 * with replica, or a three-master cluster) for integration tests; start with
 * {@link io.unikv.test.redis.RealRedis}.
 */
@NullMarked
package io.unikv.test.redis;

import org.jspecify.annotations.NullMarked;
