package io.unikv.test.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks loopback ports that are free at the time of the call. Another process may take
 * them before the server binds, which {@link RedisServerLauncher} handles by retrying.
 *
 * @author unikv authors
 */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Picks distinct free ports on {@code 127.0.0.1}.
     * @param count how many
     * @return the ports
     */
    static int[] pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // All sockets stay open until every port is known, so the ports are distinct.
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(RedisServerProcess.HOST)));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not find a free port", ex);
        }
        finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // Nothing was bound through it yet, so there is nothing to clean up.
        }
    }

}
