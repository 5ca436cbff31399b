package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Client-side caching (CLIENT TRACKING), as Redis 7.0 does it: in default mode the server
 * remembers which clients read which keys (key names across databases) and sends each one
 * invalidation when a key changes, then forgets it; in BCAST mode every change to a key
 * under a registered prefix is announced, batched per prefix after the command. RESP3
 * clients get {@code >2 invalidate [keys]} pushes; RESP2 clients redirect them to a
 * subscriber of {@code __redis__:invalidate}. A flush sends a null invalidation to every
 * tracking client. Engine thread only.
 *
 * @author unikv authors
 */
public final class Tracking {

    private static final Reply INVALIDATE = Reply.bulk("invalidate");

    private static final Reply MESSAGE = Reply.bulk("message");

    private static final Reply CHANNEL = Reply.bulk("__redis__:invalidate");

    private final Engine engine;

    private final Map<ByteKey, LinkedHashSet<Long>> table = new HashMap<>();

    private final Map<ByteKey, LinkedHashSet<Client>> prefixes = new LinkedHashMap<>();

    private final Map<ByteKey, LinkedHashMap<ByteKey, @Nullable Client>> pending = new LinkedHashMap<>();

    private boolean suppressed;

    Tracking(Engine engine) {
        this.engine = engine;
    }

    /**
     * Turn tracking on for a client, registering BCAST prefixes (the empty prefix when
     * none is given).
     * @param client the client
     * @param bcast BCAST mode
     * @param optin OPTIN
     * @param optout OPTOUT
     * @param noloop NOLOOP
     * @param redirect the redirect id, 0 for none
     * @param newPrefixes the prefixes, already checked for overlaps
     */
    public void enable(Client client, boolean bcast, boolean optin, boolean optout, boolean noloop, long redirect,
            List<ByteKey> newPrefixes) {
        ClientTracking tracking = client.tracking;
        tracking.enable(bcast, optin, optout, noloop, redirect);
        if (bcast) {
            List<ByteKey> add = newPrefixes.isEmpty() ? List.of(ByteKey.of(new byte[0])) : newPrefixes;
            for (ByteKey prefix : add) {
                if (!tracking.prefixes.contains(prefix)) {
                    tracking.prefixes.add(prefix);
                    this.prefixes.computeIfAbsent(prefix, (k) -> new LinkedHashSet<>()).add(client);
                }
            }
            tracking.prefixes.sort((a, b) -> java.util.Arrays.compareUnsigned(a.bytes(), b.bytes()));
        }
    }

    /**
     * Turn tracking off for a client.
     * @param client the client
     */
    public void disable(Client client) {
        for (ByteKey prefix : client.tracking.prefixes) {
            Set<Client> set = this.prefixes.get(prefix);
            if (set != null) {
                set.remove(client);
                if (set.isEmpty()) {
                    this.prefixes.remove(prefix);
                    this.pending.remove(prefix);
                }
            }
        }
        client.tracking.disable();
    }

    /**
     * Return whether an invalidation found the redirect target gone (Redis's
     * {@code broken_redirect} flag, cleared when tracking is turned on again).
     * @param client the tracking client
     * @return whether its redirect is broken
     */
    public boolean brokenRedirect(Client client) {
        return client.tracking.enabled && client.tracking.brokenRedirect;
    }

    /**
     * Remember the keys a read command touched, for a client in default mode.
     * @param client the client
     * @param spec the command
     * @param args the arguments
     */
    void remember(Client client, CommandSpec spec, byte[][] args) {
        ClientTracking tracking = client.tracking;
        if (!tracking.enabled || tracking.bcast || !spec.has(CommandSpec.Flag.READONLY) || spec.firstKey() <= 0) {
            return;
        }
        if ((tracking.optin && !tracking.caching) || (tracking.optout && tracking.caching)) {
            return;
        }
        int last = (spec.lastKey() < 0) ? args.length + spec.lastKey() : spec.lastKey();
        int step = Math.max(1, spec.step());
        for (int i = spec.firstKey(); i <= last && i < args.length; i += step) {
            this.table.computeIfAbsent(ByteKey.of(args[i]), (k) -> new LinkedHashSet<>()).add(client.id());
        }
    }

    /**
     * Forget the CLIENT CACHING flag once the command after it ran; CLIENT commands keep
     * it, and a transaction keeps it for all its commands.
     * @param client the client
     * @param spec the command that ran
     * @param inTransaction whether it ran inside EXEC
     */
    void afterCommand(Client client, CommandSpec spec, boolean inTransaction) {
        ClientTracking tracking = client.tracking;
        if (tracking.cachingSetNow) {
            tracking.cachingSetNow = false;
        }
        else if (!inTransaction && !client.inMulti() && !spec.name().equals("client")) {
            tracking.caching = false;
        }
    }

    /**
     * Announce a changed key.
     * @param current the client whose command changed it, or {@code null}
     * @param key the key
     */
    void keyModified(@Nullable Client current, ByteKey key) {
        if (this.suppressed) {
            return;
        }
        if (!this.prefixes.isEmpty()) {
            byte[] bytes = key.bytes();
            for (ByteKey prefix : this.prefixes.keySet()) {
                if (startsWith(bytes, prefix.bytes())) {
                    this.pending.computeIfAbsent(prefix, (k) -> new LinkedHashMap<>()).put(key, current);
                }
            }
        }
        LinkedHashSet<Long> ids = this.table.remove(key);
        if (ids == null) {
            return;
        }
        for (long id : ids) {
            Client client = this.engine.client(id);
            if (client == null || !client.tracking.enabled || client.tracking.bcast
                    || (client.tracking.noloop && client == current)) {
                continue;
            }
            send(client, Reply.array(List.of(Reply.bulk(key.bytes()))), client == current);
        }
    }

    /**
     * Send the BCAST invalidations collected during the last command.
     */
    void sendPending() {
        if (this.pending.isEmpty()) {
            return;
        }
        Map<ByteKey, LinkedHashMap<ByteKey, @Nullable Client>> batches = new LinkedHashMap<>(this.pending);
        this.pending.clear();
        for (Map.Entry<ByteKey, LinkedHashMap<ByteKey, @Nullable Client>> batch : batches.entrySet()) {
            Set<Client> clients = this.prefixes.get(batch.getKey());
            if (clients == null) {
                continue;
            }
            for (Client client : new ArrayList<>(clients)) {
                List<Reply> keys = new ArrayList<>();
                for (Map.Entry<ByteKey, @Nullable Client> change : batch.getValue().entrySet()) {
                    if (!(client.tracking.noloop && change.getValue() == client)) {
                        keys.add(Reply.bulk(change.getKey().bytes()));
                    }
                }
                if (!keys.isEmpty()) {
                    send(client, Reply.array(keys), false);
                }
            }
        }
    }

    /**
     * Flush databases: every tracking client gets a null invalidation and the table is
     * forgotten; the keys the flush deletes are not announced one by one.
     * @param current the client running the flush
     * @param flush deletes the keys
     */
    public void flush(@Nullable Client current, Runnable flush) {
        for (Client client : this.engine.clients()) {
            if (client.tracking.enabled) {
                send(client, Reply.NULL, client == current);
            }
        }
        this.table.clear();
        this.suppressed = true;
        try {
            flush.run();
        }
        finally {
            this.suppressed = false;
        }
    }

    /**
     * Forget a closed client.
     * @param client the client
     */
    void disconnect(Client client) {
        disable(client);
    }

    private void send(Client client, Reply payload, boolean self) {
        Client target = client;
        long redirect = client.tracking.redirect;
        if (redirect != 0) {
            target = this.engine.client(redirect);
            if (target == null) {
                client.tracking.brokenRedirect = true;
                if (client.protocol == 3) {
                    deliver(client,
                            new Reply.Push(List.of(Reply.bulk("tracking-redir-broken"), Reply.integer(redirect))),
                            self);
                }
                return;
            }
        }
        Reply message;
        if (target.protocol == 3) {
            message = new Reply.Push(List.of(INVALIDATE, payload));
        }
        else if (redirect != 0 && target.pubSub.subscribed()) {
            message = new Reply.Push(List.of(MESSAGE, CHANNEL, payload));
        }
        else {
            return;
        }
        deliver(target, message, self);
    }

    private void deliver(Client target, Reply message, boolean afterReply) {
        if (afterReply) {
            this.engine.pushAfterReply(target, message);
        }
        else if (!target.closed) {
            target.sink().send(message);
            target.sink().flush();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
