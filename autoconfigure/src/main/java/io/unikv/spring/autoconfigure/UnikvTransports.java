package io.unikv.spring.autoconfigure;

import java.util.List;

import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import io.unikv.transport.rest.RestTransport;
import org.jspecify.annotations.Nullable;

/**
 * Builds the transport for connection details: one REST transport per region, under a
 * {@link RegionalTransport} when there are several, or the TCP transport over the
 * application's connection factory.
 *
 * @author unikv authors
 */
final class UnikvTransports {

    private UnikvTransports() {
    }

    static Transport rest(List<UnikvConnectionDetails.RestEndpoint> endpoints, UnikvProperties properties) {
        if (endpoints.size() == 1) {
            return rest(endpoints.get(0), properties.getRest());
        }
        List<String> names = endpoints.stream().map(UnikvConnectionDetails.RestEndpoint::region).toList();
        String local = localRegion(properties, names);
        RegionalTransport.Builder builder = RegionalTransport.builder()
            .primary(endpoints.get(0).region(), rest(endpoints.get(0), properties.getRest()))
            .localRegion(local)
            .readRouting(properties.getReadRouting());
        for (UnikvConnectionDetails.RestEndpoint endpoint : endpoints.subList(1, endpoints.size())) {
            builder.readRegion(endpoint.region(), rest(endpoint, properties.getRest()));
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
            .readOnly(rest.isReadOnly())
            .timeout(rest.getTimeout())
            .retries(rest.getRetries())
            .retryBackoff(rest.getRetryBackoff())
            .autoPipelining(rest.isAutoPipelining())
            .maxBatchSize(rest.getMaxBatchSize())
            .build();
    }

}
