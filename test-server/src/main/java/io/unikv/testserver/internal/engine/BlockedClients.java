package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which clients wait on which keys (BLPOP, BZPOPMIN, XREAD BLOCK...), and which of those
 * keys changed since clients were last served. Like Redis, clients blocked on a key are
 * served in the order they blocked, once per change. Engine thread only.
 *
 * @author unikv authors
 */
final class BlockedClients {

    private final Map<Client.WatchedKey, LinkedHashSet<Client>> blockedOn = new HashMap<>();

    private final LinkedHashSet<Client.WatchedKey> readyKeys = new LinkedHashSet<>();

    boolean isEmpty() {
        return this.blockedOn.isEmpty();
    }

    void block(Client client, Client.Blocked blocked) {
        client.blocked = blocked;
        for (ByteKey key : blocked.keys()) {
            this.blockedOn.computeIfAbsent(new Client.WatchedKey(client.db(), key), (k) -> new LinkedHashSet<>())
                .add(client);
        }
    }

    void unblock(Client client) {
        Client.Blocked blocked = client.blocked;
        if (blocked == null) {
            return;
        }
        client.blocked = null;
        for (ByteKey key : blocked.keys()) {
            Client.WatchedKey watched = new Client.WatchedKey(client.db(), key);
            LinkedHashSet<Client> set = this.blockedOn.get(watched);
            if (set != null) {
                set.remove(client);
                if (set.isEmpty()) {
                    this.blockedOn.remove(watched);
                }
            }
        }
    }

    /**
     * Note a change of a key, if anybody waits on it.
     * @param key the key
     */
    void changed(Client.WatchedKey key) {
        if (this.blockedOn.containsKey(key)) {
            this.readyKeys.add(key);
        }
    }

    /**
     * Let the clients waiting on changed keys try again; those whose attempt produced a
     * reply are unblocked, get the reply and are handed on.
     * @param resumed receives each client that got its reply
     */
    void serve(Consumer<Client> resumed) {
        while (!this.readyKeys.isEmpty()) {
            Client.WatchedKey key = this.readyKeys.iterator().next();
            this.readyKeys.remove(key);
            LinkedHashSet<Client> waiting = this.blockedOn.get(key);
            if (waiting == null) {
                continue;
            }
            for (Client client : new ArrayList<>(waiting)) {
                Client.Blocked blocked = client.blocked;
                if (blocked == null) {
                    continue;
                }
                Reply reply = blocked.attempt().get();
                if (reply != null) {
                    unblock(client);
                    client.sink().send(reply);
                    resumed.accept(client);
                }
            }
        }
    }

}
