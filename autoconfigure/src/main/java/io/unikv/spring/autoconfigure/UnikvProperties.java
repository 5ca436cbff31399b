package io.unikv.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.unikv.Consistency;
import io.unikv.transport.region.ReadRouting;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of unikv stores ({@code unikv.*}).
 *
 * @author unikv authors
 */
@ConfigurationProperties("unikv")
public class UnikvProperties {

    /**
     * Backend the stores talk to. Detected when not set: rest when unikv.rest.url is set,
     * tcp when spring.data.redis.url, host, cluster nodes or sentinel master are set,
     * otherwise the embedded test server when unikv-test-server is on the classpath.
     */
    private @Nullable Backend backend;

    /**
     * What reads promise when read replicas serve them.
     */
    private Consistency consistency = Consistency.READ_YOUR_WRITES;

    /**
     * Region this application runs in: reads go there first. Defaults to the last
     * configured region (the primary when there is only one).
     */
    private @Nullable String localRegion;

    /**
     * Where reads go: local (the local region first), nearest (lowest measured latency)
     * or primary. Defaults to local.
     */
    private ReadRouting readRouting = ReadRouting.LOCAL;

    /**
     * Which API the application gets: redis (a RedisStore bean, which is also a
     * KeyValueStore) or kv (only a KeyValueStore bean: the Workers-KV-like profile, so
     * code stays portable to such stores).
     */
    private Profile profile = Profile.REDIS;

    private final Rest rest = new Rest();

    /**
     * Regions, the primary first: each with a REST url (and token, defaulting to
     * unikv.rest.token) or a redis-uri (a Redis primary or replica over TCP). When empty,
     * unikv.rest.* or spring.data.redis.* describe one region.
     */
    private List<Region> regions = new ArrayList<>();

    private final Kv kv = new Kv();

    private final Embedded embedded = new Embedded();

    public Profile getProfile() {
        return this.profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    public @Nullable Backend getBackend() {
        return this.backend;
    }

    public void setBackend(@Nullable Backend backend) {
        this.backend = backend;
    }

    public Consistency getConsistency() {
        return this.consistency;
    }

    public void setConsistency(Consistency consistency) {
        this.consistency = consistency;
    }

    public @Nullable String getLocalRegion() {
        return this.localRegion;
    }

    public void setLocalRegion(@Nullable String localRegion) {
        this.localRegion = localRegion;
    }

    public ReadRouting getReadRouting() {
        return this.readRouting;
    }

    public void setReadRouting(ReadRouting readRouting) {
        this.readRouting = readRouting;
    }

    public Rest getRest() {
        return this.rest;
    }

    public List<Region> getRegions() {
        return this.regions;
    }

    public void setRegions(List<Region> regions) {
        this.regions = regions;
    }

    public Kv getKv() {
        return this.kv;
    }

    public Embedded getEmbedded() {
        return this.embedded;
    }

    /**
     * The backends.
     */
    public enum Backend {

        /** The Upstash REST protocol over HTTPS (Upstash, or any compatible endpoint). */
        REST,

        /**
         * RESP over TCP through the application's Spring Data Redis connection factory.
         */
        TCP,

        /** An in-process unikv test server started with the application context. */
        EMBEDDED

    }

    /**
     * The APIs the auto-configuration exposes.
     */
    public enum Profile {

        /**
         * Only a {@code KeyValueStore} bean: get, put with metadata and expiry, delete,
         * list.
         */
        KV,

        /**
         * A {@code RedisStore} bean (also a {@code KeyValueStore}): every Redis command
         * family.
         */
        REDIS

    }

    /**
     * One region's endpoint.
     */
    public static class Region {

        /**
         * Region name, for example eu-west-1.
         */
        private @Nullable String name;

        /**
         * REST endpoint of the region.
         */
        private @Nullable String url;

        /**
         * Token of the region's REST endpoint; unikv.rest.token when not set.
         */
        private @Nullable String token;

        /**
         * Redis URI of the region's server over TCP, for example redis://replica-eu:6379.
         */
        private @Nullable String redisUri;

        public @Nullable String getName() {
            return this.name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public @Nullable String getToken() {
            return this.token;
        }

        public void setToken(@Nullable String token) {
            this.token = token;
        }

        public @Nullable String getRedisUri() {
            return this.redisUri;
        }

        public void setRedisUri(@Nullable String redisUri) {
            this.redisUri = redisUri;
        }

    }

    /**
     * The REST backend.
     */
    public static class Rest {

        /**
         * REST endpoint, for example https://eu1-example.upstash.io
         * (UPSTASH_REDIS_REST_URL).
         */
        private @Nullable String url;

        /**
         * Bearer token of the REST endpoint (UPSTASH_REDIS_REST_TOKEN).
         */
        private @Nullable String token;

        /**
         * Read-only token of the REST endpoint (UPSTASH_REDIS_REST_READONLY_TOKEN), used
         * when unikv.rest.token is not set: writes are then refused before they are sent.
         */
        private @Nullable String readOnlyToken;

        /**
         * Whether the token may only read; writes are then refused before they are sent.
         */
        private boolean readOnly;

        /**
         * Timeout of one HTTP attempt.
         */
        private Duration timeout = Duration.ofSeconds(10);

        /**
         * How often a request is repeated when that cannot apply a write twice (reads, or
         * requests that were never sent).
         */
        private int retries = 3;

        /**
         * Wait before the first repeat; doubled for each further one.
         */
        private Duration retryBackoff = Duration.ofMillis(50);

        /**
         * Whether concurrent calls are batched into one /pipeline request.
         */
        private boolean autoPipelining = true;

        /**
         * Largest number of commands in one automatic pipeline.
         */
        private int maxBatchSize = 100;

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public @Nullable String getToken() {
            return this.token;
        }

        public void setToken(@Nullable String token) {
            this.token = token;
        }

        public @Nullable String getReadOnlyToken() {
            return this.readOnlyToken;
        }

        public void setReadOnlyToken(@Nullable String readOnlyToken) {
            this.readOnlyToken = readOnlyToken;
        }

        public boolean isReadOnly() {
            return this.readOnly;
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getRetries() {
            return this.retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getRetryBackoff() {
            return this.retryBackoff;
        }

        public void setRetryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
        }

        public boolean isAutoPipelining() {
            return this.autoPipelining;
        }

        public void setAutoPipelining(boolean autoPipelining) {
            this.autoPipelining = autoPipelining;
        }

        public int getMaxBatchSize() {
            return this.maxBatchSize;
        }

        public void setMaxBatchSize(int maxBatchSize) {
            this.maxBatchSize = maxBatchSize;
        }

    }

    /**
     * The KV profile.
     */
    public static class Kv {

        /**
         * Limits of the KV profile: strict (Cloudflare Workers KV's limits and messages)
         * or relaxed.
         */
        private Limits limits = Limits.STRICT;

        public Limits getLimits() {
            return this.limits;
        }

        public void setLimits(Limits limits) {
            this.limits = limits;
        }

        /**
         * KV limit modes.
         */
        public enum Limits {

            /** Cloudflare Workers KV's limits, with its error messages. */
            STRICT,

            /** Only what Redis itself refuses. */
            RELAXED

        }

    }

    /**
     * The embedded test server.
     */
    public static class Embedded {

        /**
         * Regions as name[:lag[~jitter]], the primary first, for example us-east-1,
         * eu-west-1:150ms, ap-southeast-1:300ms~100ms. One region named local when empty.
         */
        private List<String> regions = new ArrayList<>();

        /**
         * Token clients of the embedded server present (REST bearer token and RESP
         * password). It listens on the loopback interface only.
         */
        private String token = "unikv-embedded";

        /**
         * RESP port of the primary region; 0 picks a free port.
         */
        private int port;

        /**
         * REST port of the primary region; 0 picks a free port.
         */
        private int httpPort;

        public List<String> getRegions() {
            return this.regions;
        }

        public void setRegions(List<String> regions) {
            this.regions = regions;
        }

        public String getToken() {
            return this.token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public int getPort() {
            return this.port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public int getHttpPort() {
            return this.httpPort;
        }

        public void setHttpPort(int httpPort) {
            this.httpPort = httpPort;
        }

    }

}
