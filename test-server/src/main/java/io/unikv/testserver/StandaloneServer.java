package io.unikv.testserver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import io.unikv.testserver.internal.replication.RegionSpec;
import org.jspecify.annotations.Nullable;

/**
 * The standalone test server: a drop-in local Upstash and Redis that needs no Redis.
 *
 * <pre>
 * java -jar unikv-test-server-&lt;version&gt;-standalone.jar --bind 127.0.0.1 --port 6379 \
 *      --http-port 8079 --token TOKEN [--read-only-token TOKEN] \
 *      [--region us-east-1 --region eu-west-1:150ms --region ap-southeast-1:300ms~100ms]
 * </pre>
 *
 * The first {@code --region} is the primary (on {@code --port} and {@code --http-port});
 * each further one is a read replica with its lag (and jitter) on free ports.
 *
 * Port 0 picks a free port. Once the endpoints accept connections it prints one line per
 * region, {@code READY region=<name> role=<primary|replica> resp=<host:port> http=<url>},
 * and it stops cleanly on SIGTERM or Ctrl-C.
 *
 * @author unikv authors
 */
public final class StandaloneServer {

    private static final Set<String> OPTIONS = Set.of("--bind", "--port", "--http-port", "--token", "--read-only-token",
            "--region");

    private StandaloneServer() {
    }

    /**
     * Start the server and wait until the JVM is asked to stop. Exits with 2 on a bad
     * command line and 1 if the server cannot start (for example a port in use).
     * @param args the command line
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        // the jar has SLF4J's API (for Jayway JsonPath) but no provider, on purpose
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Options options;
        try {
            options = parse(args);
        }
        catch (IllegalArgumentException ex) {
            usage(System.err, ex.getMessage());
            System.exit(2);
            return;
        }
        if (options == null) {
            usage(System.out, "");
            return;
        }
        UnikvTestServer server;
        try {
            server = options.builder().start();
        }
        catch (Exception ex) {
            // Netty rethrows a BindException undeclared; a port in use is not a bug worth
            // a stack trace.
            System.err.println("error: could not start the server: " + ex);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "unikv-shutdown"));
        server.readyLines().forEach(System.out::println);
        System.out.flush();
        stopped.await();
    }

    /**
     * Read the command line.
     * @param args the arguments
     * @return the options, or {@code null} if the user asked for help
     * @throws IllegalArgumentException if an option is unknown, lacks its value, or has a
     * bad value
     */
    static @Nullable Options parse(String[] args) {
        String host = "127.0.0.1";
        int port = 6379;
        int httpPort = 8079;
        @Nullable String token = null;
        @Nullable String readOnlyToken = null;
        List<RegionSpec> regions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            if (value.isBlank()) {
                throw new IllegalArgumentException(option + " must not be blank");
            }
            switch (option) {
                case "--bind" -> host = value;
                case "--port" -> port = port(option, value);
                case "--http-port" -> httpPort = port(option, value);
                case "--token" -> token = value;
                case "--region" -> regions.add(region(value, regions));
                default -> readOnlyToken = value;
            }
        }
        return new Options(host, port, httpPort, token, readOnlyToken, List.copyOf(regions));
    }

    private static RegionSpec region(String value, List<RegionSpec> regions) {
        RegionSpec region = RegionSpec.parse(value);
        if (regions.stream().anyMatch((other) -> other.name().equals(region.name()))) {
            throw new IllegalArgumentException("--region " + region.name() + " is given twice");
        }
        return region;
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException(option + " must be a port number from 0 to 65535, was '" + value + "'");
        }
    }

    private static void usage(PrintStream out, String problem) {
        if (!problem.isEmpty()) {
            out.println("error: " + problem);
        }
        out.println("usage: java -jar unikv-test-server-<version>-standalone.jar [--bind HOST] [--port PORT] "
                + "[--http-port PORT] [--token TOKEN] [--read-only-token TOKEN] [--region NAME[:LAG[~JITTER]]]...");
        out.println("  --port 0 / --http-port 0 pick free ports; defaults 6379 and 8079 on 127.0.0.1");
        out.println(
                "  --region: the first is the primary, the others read replicas lagging by LAG (e.g. 150ms) +- JITTER");
        out.println("  prints READY region=<name> role=<role> resp=<host:port> http=<url> per region once up");
    }

    /**
     * The parsed command line.
     *
     * @param host the address to bind
     * @param port the RESP port, 0 for a free one
     * @param httpPort the REST port, 0 for a free one
     * @param token the token, or {@code null} for none
     * @param readOnlyToken the read-only token, or {@code null} for none
     * @param regions the regions, the primary first; empty for one region
     */
    record Options(String host, int port, int httpPort, @Nullable String token, @Nullable String readOnlyToken,
            List<RegionSpec> regions) {

        UnikvTestServer.Builder builder() {
            UnikvTestServer.Builder builder = UnikvTestServer.builder()
                .bind(this.host)
                .port(this.port)
                .httpPort(this.httpPort);
            if (this.token != null) {
                builder.token(this.token);
            }
            if (this.readOnlyToken != null) {
                builder.readOnlyToken(this.readOnlyToken);
            }
            this.regions.forEach((region) -> builder.region(region.name(), region.lag(), region.jitter()));
            return builder;
        }

    }

}
