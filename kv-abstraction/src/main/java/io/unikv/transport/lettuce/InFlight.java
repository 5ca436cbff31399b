package io.unikv.transport.lettuce;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.api.StatefulConnection;

/**
 * Commands waiting for replies, by connection, so that they fail as soon as their
 * connection drops instead of waiting in Lettuce's reconnect buffer until their timeout:
 * a dead primary then fails writes at once. Failed commands are never written later
 * ({@link GuardedCommand#abandon(String)}).
 *
 * @author unikv authors
 */
final class InFlight {

    private static final Map<Object, Set<GuardedCommand>> WAITING = new ConcurrentHashMap<>();

    private InFlight() {
    }

    /**
     * Track commands until they complete.
     * @param connection the connection they are dispatched on
     * @param commands the commands
     */
    static void track(StatefulConnection<?, ?> connection, List<GuardedCommand> commands) {
        // the set of a connection lives until it disconnects (closing counts)
        Set<GuardedCommand> waiting = WAITING.computeIfAbsent(connection, (key) -> ConcurrentHashMap.newKeySet());
        for (GuardedCommand command : commands) {
            waiting.add(command);
            command.future().whenComplete((reply, failure) -> waiting.remove(command));
        }
    }

    /**
     * Listen to a client's connections; call {@link Listener#close()} to stop.
     * @param client the client
     * @param target the description used in messages
     * @return the registration
     */
    static Listener listen(AbstractRedisClient client, String target) {
        return new Listener(client, target);
    }

    /**
     * A registration on one client.
     */
    static final class Listener implements RedisConnectionStateListener, AutoCloseable {

        private final AbstractRedisClient client;

        private final String target;

        private Listener(AbstractRedisClient client, String target) {
            this.client = client;
            this.target = target;
            client.addListener(this);
        }

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
            Set<GuardedCommand> waiting = WAITING.remove(connection);
            if (waiting != null) {
                waiting.forEach((command) -> command.abandon(this.target));
            }
        }

        @Override
        public void close() {
            this.client.removeListener(this);
        }

    }

}
