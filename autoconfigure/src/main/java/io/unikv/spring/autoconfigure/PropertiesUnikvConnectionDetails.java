package io.unikv.spring.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@link UnikvConnectionDetails} from {@code unikv.*} properties, checked at startup.
 *
 * @author unikv authors
 */
final class PropertiesUnikvConnectionDetails implements UnikvConnectionDetails {

    private final UnikvProperties.Backend backend;

    private final List<RestEndpoint> restEndpoints = new ArrayList<>();

    private final List<RedisEndpoint> redisEndpoints = new ArrayList<>();

    PropertiesUnikvConnectionDetails(UnikvProperties properties, Environment environment) {
        if (!properties.getRegions().isEmpty()) {
            this.backend = regions(properties);
            return;
        }
        this.backend = backend(properties, environment);
        if (this.backend == UnikvProperties.Backend.REST) {
            UnikvProperties.Rest rest = properties.getRest();
            this.restEndpoints
                .add(new RestEndpoint("primary", url("unikv.rest.url", rest.getUrl(), "the backend is rest"),
                        token("unikv.rest.token", restToken(rest))));
        }
    }

    private UnikvProperties.Backend regions(UnikvProperties properties) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < properties.getRegions().size(); i++) {
            UnikvProperties.Region region = properties.getRegions().get(i);
            String prefix = "unikv.regions[" + i + "].";
            String name = region.getName();
            if (!StringUtils.hasText(name) || names.contains(name)) {
                throw new UnikvConfigurationException(prefix + "name",
                        StringUtils.hasText(name) ? "'" + name + "' is used twice" : "is not set",
                        "Give every region a distinct name, for example eu-west-1.");
            }
            names.add(name);
            boolean rest = StringUtils.hasText(region.getUrl());
            boolean tcp = StringUtils.hasText(region.getRedisUri());
            if (rest == tcp) {
                throw new UnikvConfigurationException(prefix + (rest ? "redis-uri" : "url"),
                        rest ? "is set together with url" : "is not set, and neither is redis-uri",
                        "Give each region either a REST url (with a token) or a redis-uri.");
            }
            if (rest) {
                String token = StringUtils.hasText(region.getToken()) ? region.getToken()
                        : restToken(properties.getRest());
                this.restEndpoints.add(new RestEndpoint(name, url(prefix + "url", region.getUrl(), "it is a region"),
                        token(prefix + "token", token)));
            }
            else {
                this.redisEndpoints.add(new RedisEndpoint(name, region.getRedisUri().trim()));
            }
        }
        if (!this.restEndpoints.isEmpty() && !this.redisEndpoints.isEmpty()) {
            throw new UnikvConfigurationException("unikv.regions",
                    "mixes REST urls and redis-uris, but all regions must use one backend",
                    "Use url for every region (REST) or redis-uri for every region (TCP).");
        }
        return this.restEndpoints.isEmpty() ? UnikvProperties.Backend.TCP : UnikvProperties.Backend.REST;
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

    private static String url(String property, @Nullable String url, String why) {
        if (!StringUtils.hasText(url)) {
            throw new UnikvConfigurationException(property, "is not set, but " + why,
                    "Set " + property + " to the database's REST URL (UPSTASH_REDIS_REST_URL), for example "
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
            throw new UnikvConfigurationException(property, "'" + url + "' is not an absolute http(s) URL",
                    "Use the REST URL of the database, for example https://eu1-example.upstash.io.");
        }
        return url.trim();
    }

    private static @Nullable String restToken(UnikvProperties.Rest rest) {
        return StringUtils.hasText(rest.getToken()) ? rest.getToken() : rest.getReadOnlyToken();
    }

    private static String token(String property, @Nullable String token) {
        if (!StringUtils.hasText(token)) {
            throw new UnikvConfigurationException(property, "is not set, but a REST url is",
                    "Set " + property + " to the database's REST token (UPSTASH_REDIS_REST_TOKEN), or "
                            + "unikv.rest.read-only-token to its read-only token.");
        }
        return token;
    }

    @Override
    public UnikvProperties.Backend getBackend() {
        return this.backend;
    }

    @Override
    public List<RestEndpoint> getRestEndpoints() {
        return List.copyOf(this.restEndpoints);
    }

    @Override
    public List<RedisEndpoint> getRedisEndpoints() {
        return List.copyOf(this.redisEndpoints);
    }

}
