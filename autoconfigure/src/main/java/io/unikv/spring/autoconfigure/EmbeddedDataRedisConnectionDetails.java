package io.unikv.spring.autoconfigure;

import io.unikv.testserver.UnikvTestServer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * Points Spring Data Redis ({@code RedisTemplate}, Boot's Redis health indicator, Spring
 * Cache on Redis) at the embedded server's primary RESP endpoint, as Boot's service
 * connections do for containers, so an application with
 * {@code spring-boot-starter-data-redis} and no {@code spring.data.redis.*} works on the
 * embedded server instead of failing to reach {@code localhost:6379}.
 *
 * @author unikv authors
 */
final class EmbeddedDataRedisConnectionDetails implements DataRedisConnectionDetails {

    private final UnikvTestServer server;

    private final String password;

    EmbeddedDataRedisConnectionDetails(UnikvTestServer server, String password) {
        this.server = server;
        this.password = password;
    }

    @Override
    public @Nullable String getPassword() {
        return this.password;
    }

    @Override
    public Standalone getStandalone() {
        return Standalone.of(this.server.host(), this.server.port());
    }

}
