package io.unikv.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import io.unikv.transport.rest.RestTransport;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Builds the regions for connection details (one REST transport per region, or the TCP
 * transport over the application's connection factory), each wrapped by the
 * {@link UnikvTransportDecorator decorators}, and the store's transport over them: a
 * {@link RegionalTransport} when there are several regions.
 *
 * @author unikv authors
 */
final class UnikvTransports {

    private UnikvTransports() {
    }

    static UnikvRegions regions(UnikvConnectionDetails details, UnikvProperties properties,
            @Nullable TcpTransportFactory tcp, List<UnikvTransportDecorator> decorators) {
        if (details.getBackend() == UnikvProperties.Backend.TCP) {
            if (tcp == null) {
                throw new UnikvConfigurationException("unikv.backend",
                        "is tcp, but Spring Data Redis with Lettuce is not on the classpath",
                        "Add spring-boot-starter-data-redis, or use the rest backend.");
            }
            List<UnikvConnectionDetails.RedisEndpoint> servers = details.getRedisEndpoints();
            if (servers.isEmpty()) {
                return new UnikvRegions(
                        List.of(region("primary", true, UnikvProperties.Backend.TCP, tcp.create(), decorators)));
            }
            List<UnikvRegion> regions = new ArrayList<>();
            for (int i = 0; i < servers.size(); i++) {
                UnikvConnectionDetails.RedisEndpoint server = servers.get(i);
                regions.add(region(server.region(), i == 0, UnikvProperties.Backend.TCP,
                        tcp.create("unikv.regions[" + i + "].redis-uri", server.redisUri()), decorators));
            }
            return new UnikvRegions(regions);
        }
        List<UnikvConnectionDetails.RestEndpoint> endpoints = details.getRestEndpoints();
        List<UnikvRegion> regions = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            UnikvConnectionDetails.RestEndpoint endpoint = endpoints.get(i);
            regions.add(region(endpoint.region(), i == 0, UnikvProperties.Backend.REST,
                    rest(endpoint, properties.getRest()), decorators));
        }
        return new UnikvRegions(regions);
    }

    private static UnikvRegion region(String name, boolean primary, UnikvProperties.Backend backend,
            Transport transport, List<UnikvTransportDecorator> decorators) {
        UnikvRegion region = new UnikvRegion(name, primary, backend, transport);
        for (UnikvTransportDecorator decorator : decorators) {
            region = new UnikvRegion(name, primary, backend, decorator.decorate(region, region.transport()));
        }
        return region;
    }

    static Transport transport(UnikvRegions regions, UnikvProperties properties) {
        List<UnikvRegion> all = regions.regions();
        if (all.size() == 1) {
            return all.get(0).transport();
        }
        List<String> names = all.stream().map(UnikvRegion::name).toList();
        RegionalTransport.Builder builder = RegionalTransport.builder()
            .primary(all.get(0).name(), all.get(0).transport())
            .localRegion(localRegion(properties, names))
            .readRouting(properties.getReadRouting());
        for (UnikvRegion region : all.subList(1, all.size())) {
            builder.readRegion(region.name(), region.transport());
        }
        return builder.build();
    }

    private static String localRegion(UnikvProperties properties, List<String> names) {
        String local = properties.getLocalRegion();
        if (local == null) {
            return names.get(names.size() - 1);
        }
        if (!names.contains(local)) {
            throw new UnikvConfigurationException("unikv.local-region",
                    "'" + local + "' is not one of the regions " + names,
                    "Set unikv.local-region to one of " + names + ", or remove it.");
        }
        return local;
    }

    private static Transport rest(UnikvConnectionDetails.RestEndpoint endpoint, UnikvProperties.Rest rest) {
        @Nullable String token = endpoint.token();
        return RestTransport.builder()
            .url(endpoint.url())
            .token((token != null) ? token : "")
            .readOnly(rest.isReadOnly() || (!StringUtils.hasText(rest.getToken())
                    && StringUtils.hasText(rest.getReadOnlyToken()) && rest.getReadOnlyToken().equals(token)))
            .timeout(rest.getTimeout())
            .retries(rest.getRetries())
            .retryBackoff(rest.getRetryBackoff())
            .autoPipelining(rest.isAutoPipelining())
            .maxBatchSize(rest.getMaxBatchSize())
            .build();
    }

}
