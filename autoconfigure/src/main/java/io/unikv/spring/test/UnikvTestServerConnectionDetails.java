package io.unikv.spring.test;

import java.util.List;

import io.unikv.spring.autoconfigure.UnikvConnectionDetails;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import org.jspecify.annotations.Nullable;

/**
 * Connection details of a running {@link UnikvTestServer}: its REST endpoint, or one per
 * region (the primary first) when it simulates several.
 *
 * @author unikv authors
 */
public final class UnikvTestServerConnectionDetails {

    private UnikvTestServerConnectionDetails() {
    }

    /**
     * Describe how to reach a test server over REST.
     * @param server the server
     * @param token its token, or {@code null} when it requires none
     * @return the connection details
     */
    public static UnikvConnectionDetails of(UnikvTestServer server, @Nullable String token) {
        List<UnikvConnectionDetails.RestEndpoint> endpoints = server.regions()
            .stream()
            .map((TestServerRegion region) -> new UnikvConnectionDetails.RestEndpoint(region.name(), region.restUrl(),
                    token))
            .toList();
        return UnikvConnectionDetails.rest(endpoints);
    }

}
