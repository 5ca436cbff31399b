package io.unikv.spring.autoconfigure;

import java.net.URI;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@link UnikvConnectionDetails} from {@code unikv.*} properties, checked at startup.
 *
 * @author unikv authors
 */
final class PropertiesUnikvConnectionDetails implements UnikvConnectionDetails {

    private final UnikvProperties.Backend backend;

    private final List<RestEndpoint> endpoints;

    PropertiesUnikvConnectionDetails(UnikvProperties properties, Environment environment) {
        this.backend = backend(properties, environment);
        this.endpoints = (this.backend == UnikvProperties.Backend.REST) ? List.of(endpoint(properties.getRest()))
                : List.of();
    }

    private static UnikvProperties.Backend backend(UnikvProperties properties, Environment environment) {
        UnikvProperties.Backend configured = properties.getBackend();
        boolean restUrl = StringUtils.hasText(properties.getRest().getUrl());
        if (configured == UnikvProperties.Backend.EMBEDDED) {
            throw new UnikvConfigurationException("unikv.backend",
                    "is embedded, but the unikv test server is not on the classpath",
                    "Add the dependency io.unikv:unikv-test-server, or choose unikv.backend=rest or tcp.");
        }
        if (configured == UnikvProperties.Backend.TCP && restUrl) {
            throw new UnikvConfigurationException("unikv.backend",
                    "is tcp, but unikv.rest.url is set too, which only the rest backend uses",
                    "Remove unikv.rest.url, or set unikv.backend=rest.");
        }
        if (configured != null) {
            return configured;
        }
        if (restUrl) {
            return UnikvProperties.Backend.REST;
        }
        if (EmbeddedBackendCondition.redisConfigured(environment)) {
            return UnikvProperties.Backend.TCP;
        }
        throw new UnikvConfigurationException("unikv.backend", "is not set and no backend is configured",
                "Set unikv.rest.url and unikv.rest.token (Upstash REST), configure spring.data.redis.* (Redis over "
                        + "TCP), or add io.unikv:unikv-test-server to run on an embedded server.");
    }

    private static RestEndpoint endpoint(UnikvProperties.Rest rest) {
        String url = rest.getUrl();
        if (!StringUtils.hasText(url)) {
            throw new UnikvConfigurationException("unikv.rest.url", "is not set, but the backend is rest",
                    "Set unikv.rest.url to the database's REST URL (UPSTASH_REDIS_REST_URL), for example "
                            + "https://eu1-example.upstash.io.");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        }
        catch (IllegalArgumentException ex) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new UnikvConfigurationException("unikv.rest.url", "'" + url + "' is not an absolute http(s) URL",
                    "Use the REST URL of the database, for example https://eu1-example.upstash.io.");
        }
        if (!StringUtils.hasText(rest.getToken())) {
            throw new UnikvConfigurationException("unikv.rest.token", "is not set, but unikv.rest.url is",
                    "Set unikv.rest.token to the database's REST token (UPSTASH_REDIS_REST_TOKEN; the read-only "
                            + "token together with unikv.rest.read-only=true).");
        }
        return new RestEndpoint("primary", url.trim(), rest.getToken());
    }

    @Override
    public UnikvProperties.Backend getBackend() {
        return this.backend;
    }

    @Override
    public List<RestEndpoint> getRestEndpoints() {
        return this.endpoints;
    }

}
