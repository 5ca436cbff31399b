package io.unikv.testserver;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone test server: a drop-in local Upstash and Redis that needs no Redis.
 *
 * <pre>
 * java -jar unikv-test-server-&lt;version&gt;-standalone.jar --bind 127.0.0.1 --port 6379 \
 *      --http-port 8079 --token TOKEN [--read-only-token TOKEN]
 * </pre>
 *
 * Port 0 picks a free port. Once both endpoints accept connections it prints one line per
 * region, {@code READY region=<name> role=primary resp=<host:port> http=<url>}, and it
 * stops cleanly on SIGTERM or Ctrl-C.
 *
 * @author unikv authors
 */
public final class StandaloneServer {

    private StandaloneServer() {
    }

    /**
     * Start the server and wait until the JVM is asked to stop.
     * @param args the command line
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        UnikvTestServer.Builder builder;
        try {
            builder = parse(args);
        }
        catch (IllegalArgumentException ex) {
            usage(System.err, ex.getMessage());
            System.exit(2);
            return;
        }
        UnikvTestServer server = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "unikv-shutdown"));
        server.readyLines().forEach(System.out::println);
        System.out.flush();
        stopped.await();
    }

    static UnikvTestServer.Builder parse(String[] args) {
        UnikvTestServer.Builder builder = UnikvTestServer.builder().port(6379).httpPort(8079);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--bind" -> builder.bind(value);
                case "--port" -> builder.port(port(option, value));
                case "--http-port" -> builder.httpPort(port(option, value));
                case "--token" -> builder.token(value);
                case "--read-only-token" -> builder.readOnlyToken(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
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
        out.println("usage: java -jar unikv-test-server-standalone.jar [--bind HOST] [--port PORT] "
                + "[--http-port PORT] [--token TOKEN] [--read-only-token TOKEN]");
        out.println("  --port 0 / --http-port 0 pick free ports; defaults 6379 and 8079 on 127.0.0.1");
    }

}
