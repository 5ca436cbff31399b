package io.unikv.spring.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.unikv.KeyValueStore;
import io.unikv.KvLimits;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvRegions;
import io.unikv.transport.PipelineStats;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionStatus;
import io.unikv.transport.region.RegionalTransport;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code unikv} Actuator endpoint: backend, profile, consistency, limits, pipeline
 * statistics (requests, explicit pipelines and transactions, auto-pipelined round trips),
 * the regions with their measured latency, failures, failovers, reads repeated on the
 * primary, replication lag seen and, when known, circuit breaker state, and the store's
 * current sync token. Never shows keys, values or credentials.
 *
 * @author unikv authors
 */
@Endpoint(id = "unikv")
public class UnikvEndpoint {

    private final KeyValueStore store;

    private final Transport transport;

    private final UnikvRegions regions;

    private final UnikvBreakerStates breakers;

    /**
     * Create the endpoint.
     * @param store the store
     * @param transport the store's transport
     * @param regions the regions behind it
     * @param breakers the regions' circuit breaker states
     */
    public UnikvEndpoint(KeyValueStore store, Transport transport, UnikvRegions regions, UnikvBreakerStates breakers) {
        this.store = store;
        this.transport = transport;
        this.regions = regions;
        this.breakers = breakers;
    }

    /**
     * Describe the store.
     * @return the description
     */
    @ReadOperation
    public Map<String, Object> unikv() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("backend", this.regions.primary().backend().name().toLowerCase(Locale.ROOT));
        result.put("profile", (this.store instanceof RedisStore) ? "redis" : "kv");
        result.put("transport", this.transport.description());
        result.put("consistency", this.store.consistency().name().toLowerCase(Locale.ROOT));
        result.put("limits", this.store.limits().equals(KvLimits.strict()) ? "strict"
                : this.store.limits().equals(KvLimits.relaxed()) ? "relaxed" : "custom");
        SyncToken token = this.store.syncToken();
        result.put("syncToken", (token != null) ? token.value() : null);
        if (this.transport instanceof RegionalTransport regional) {
            result.put("readRouting", regional.readRouting().name().toLowerCase(Locale.ROOT));
        }
        result.put("pipeline", pipeline(this.transport.pipelineStats()));
        result.put("regions", regions());
        return result;
    }

    private static Map<String, Object> pipeline(PipelineStats stats) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requests", stats.requests());
        result.put("commands", stats.commands());
        result.put("pipelines", stats.pipelines());
        result.put("transactions", stats.transactions());
        result.put("autoPipelinedBatches", stats.autoPipelinedBatches());
        result.put("autoPipelinedCommands", stats.autoPipelinedCommands());
        result.put("averageAutoPipelineBatch", stats.averageAutoPipelineBatch());
        return result;
    }

    private List<Map<String, Object>> regions() {
        Map<String, RegionStatus> statuses = new LinkedHashMap<>();
        if (this.transport instanceof RegionalTransport regional) {
            regional.regions().forEach((status) -> statuses.put(status.name(), status));
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (UnikvRegion region : this.regions.regions()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", region.name());
            details.put("primary", region.primary());
            details.put("transport", region.transport().description());
            details.put("pipeline", pipeline(region.transport().pipelineStats()));
            String breaker = this.breakers.state(region.name());
            if (breaker != null) {
                details.put("circuitBreaker", breaker);
            }
            RegionStatus status = statuses.get(region.name());
            if (status != null) {
                details.put("up", status.up());
                details.put("latency", (status.latency() != null) ? status.latency().toString() : null);
                details.put("requests", status.requests());
                details.put("failures", status.failures());
                details.put("readsRepeatedOnPrimary", status.behind());
                details.put("failovers", status.failovers());
                if (status.lag() >= 0) {
                    details.put("replicationLagBytes", status.lag());
                }
            }
            result.add(details);
        }
        return result;
    }

}
