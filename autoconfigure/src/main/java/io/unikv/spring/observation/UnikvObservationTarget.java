package io.unikv.spring.observation;

import java.util.Locale;

/**
 * Where an observed transport sends its requests: region, backend and server, computed
 * once per transport from its {@link io.unikv.transport.Transport#description()
 * description}. Immutable.
 *
 * @param region the region name
 * @param backend the backend, lower case ({@code rest} or {@code tcp})
 * @param description the transport's description, never holding credentials
 * @param serverAddress the server host (the first node when there are several)
 * @param serverPort the server port, the scheme's default when the URL has none
 * @author unikv authors
 */
public record UnikvObservationTarget(String region, String backend, String description, String serverAddress,
        int serverPort) {

    /**
     * Derive the target from a transport description such as
     * {@code rest https://eu1-x.upstash.io} or {@code tcp redis://127.0.0.1:6379}.
     * @param region the region name
     * @param backend the backend name (case is normalized to lower case)
     * @param description the transport's description
     * @return the target; address {@code unknown} and port {@code 0} when the description
     * holds no URL
     */
    public static UnikvObservationTarget of(String region, String backend, String description) {
        String url = description.substring(description.indexOf(' ') + 1);
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return new UnikvObservationTarget(region, backend.toLowerCase(Locale.ROOT), description, "unknown", 0);
        }
        String scheme = url.substring(0, schemeEnd);
        String authority = url.substring(schemeEnd + 3).split("[/#,]", 2)[0];
        int colon = authority.lastIndexOf(':');
        String host = (colon > 0 && !authority.endsWith("]")) ? authority.substring(0, colon) : authority;
        int port = (colon > 0 && !authority.endsWith("]")) ? parsePort(authority.substring(colon + 1))
                : defaultPort(scheme);
        return new UnikvObservationTarget(region, backend.toLowerCase(Locale.ROOT), description,
                host.isEmpty() ? "unknown" : host, port);
    }

    /**
     * Return {@code serverAddress:serverPort}.
     * @return the authority
     */
    public String authority() {
        return this.serverAddress + ":" + this.serverPort;
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port);
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> 6379;
        };
    }

}
