package io.unikv.spring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where unikv stores connect: a REST endpoint per region, or the application's Redis
 * connection factory. The auto-configuration derives it from {@code unikv.*} properties
 * or from the embedded server; define a bean of this type to point an application
 * somewhere else (a test server started by a test, a service connection).
 *
 * @author unikv authors
 */
public interface UnikvConnectionDetails extends ConnectionDetails {

    /**
     * Return the backend.
     * @return {@link UnikvProperties.Backend#REST} or {@link UnikvProperties.Backend#TCP}
     */
    UnikvProperties.Backend getBackend();

    /**
     * Return the REST endpoints, the primary region first; empty for TCP.
     * @return the endpoints
     */
    List<RestEndpoint> getRestEndpoints();

    /**
     * Return the Redis servers of the regions over TCP, the primary first; empty when the
     * application's Spring Data Redis connection factory is the only region.
     * @return the endpoints
     */
    default List<RedisEndpoint> getRedisEndpoints() {
        return List.of();
    }

    /**
     * Create details for one REST endpoint.
     * @param url the endpoint URL
     * @param token its token
     * @return the details
     */
    static UnikvConnectionDetails rest(String url, String token) {
        return rest(List.of(new RestEndpoint("primary", url, token)));
    }

    /**
     * Create details for REST endpoints in several regions.
     * @param endpoints the endpoints, the primary region first
     * @return the details
     */
    static UnikvConnectionDetails rest(List<RestEndpoint> endpoints) {
        List<RestEndpoint> copy = List.copyOf(endpoints);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("At least one REST endpoint is required");
        }
        return new UnikvConnectionDetails() {

            @Override
            public UnikvProperties.Backend getBackend() {
                return UnikvProperties.Backend.REST;
            }

            @Override
            public List<RestEndpoint> getRestEndpoints() {
                return copy;
            }

        };
    }

    /**
     * A REST endpoint of one region.
     *
     * @param region the region name
     * @param url the endpoint URL
     * @param token the bearer token
     */
    record RestEndpoint(String region, String url, @Nullable String token) {
    }

    /**
     * A Redis server (primary or replica) of one region over TCP.
     *
     * @param region the region name
     * @param redisUri the server, for example {@code redis://replica-eu:6379}
     */
    record RedisEndpoint(String region, String redisUri) {
    }

}
