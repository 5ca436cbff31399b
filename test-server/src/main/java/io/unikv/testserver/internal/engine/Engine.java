package io.unikv.testserver.internal.engine;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * The engine: 16 databases and every client's commands, executed one at a time on a
 * single thread in arrival order (Redis's model), so transactions and scripts are atomic
 * without locks. Front ends hand it decoded commands from any thread with
 * {@link #submit(Client, List)}; everything else runs on the engine thread.
 *
 * @author unikv authors
 */
public final class Engine implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(Engine.class.getName());

    /** The number of databases. */
    public static final int DATABASES = 16;

    private static final long TICK_MILLIS = 100;

    private final EngineSettings settings;

    private final CommandTable table;

    private final EngineLoop loop = new EngineLoop(new DefaultThreadFactory("unikv-engine", true));

    private final ScriptGate scripts = new ScriptGate(this);

    private final Database[] databases = new Database[DATABASES];

    private final AtomicLong clientIds = new AtomicLong();

    private final AtomicLong writeOffset = new AtomicLong();

    private final Map<Long, Client> clients = new LinkedHashMap<>();

    private final Map<Client.WatchedKey, Set<Client>> watchers = new HashMap<>();

    private final BlockedClients blocked = new BlockedClients();

    private final ArrayDeque<Client> resumed = new ArrayDeque<>();

    private final Faults faults = new Faults();

    private final List<Runnable> tickTasks = new CopyOnWriteArrayList<>();

    private final ServerConfig config = new ServerConfig();

    private final long startMillis;

    private long commandsProcessed;

    private final Map<String, Long> commandCalls = new LinkedHashMap<>();

    private ReplicationInfo replication = ReplicationInfo.STANDALONE;

    private @Nullable Consumer<ReplicationEntry> replicationLog;

    private final LinkedHashSet<Client.WatchedKey> dirty = new LinkedHashSet<>();

    private final List<ReplicationEntry.Message> published = new ArrayList<>();

    private long dirtySinceMillis;

    private final PubSub pubSub = new PubSub();

    private final Tracking tracking = new Tracking(this);

    private final List<Map.Entry<Client, Reply>> afterReply = new ArrayList<>();

    private @Nullable Client current;

    /**
     * Create and start an engine.
     * @param settings clock and credentials
     * @param table the registered commands
     */
    public Engine(EngineSettings settings, CommandTable table) {
        this.settings = settings;
        this.table = table;
        for (int i = 0; i < DATABASES; i++) {
            this.databases[i] = new Database(i, this);
        }
        this.startMillis = settings.clock().millis();
        this.loop.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Return the settings.
     * @return the settings
     */
    public EngineSettings settings() {
        return this.settings;
    }

    /**
     * Return the command table.
     * @return the table
     */
    public CommandTable table() {
        return this.table;
    }

    /**
     * Return the settings CONFIG GET and SET work on (engine thread).
     * @return the configuration
     */
    public ServerConfig config() {
        return this.config;
    }

    /**
     * Return the scripting gate: the running script, BUSY and SCRIPT KILL (engine
     * thread).
     * @return the gate
     */
    public ScriptGate scripts() {
        return this.scripts;
    }

    @Nullable Runnable pollQueued() {
        return this.loop.pollQueued();
    }

    void schedule0(Runnable task) {
        this.loop.execute(task);
    }

    /**
     * Return the pub/sub registry (engine thread).
     * @return the registry
     */
    public PubSub pubSub() {
        return this.pubSub;
    }

    /**
     * Return the client-side caching state (engine thread).
     * @return the tracking state
     */
    public Tracking tracking() {
        return this.tracking;
    }

    /**
     * Return the client whose command is running (engine thread).
     * @return the client, or {@code null} outside a command
     */
    public @Nullable Client currentClient() {
        return this.current;
    }

    /**
     * Find a connected client by id (engine thread).
     * @param id the id
     * @return the client, or {@code null}
     */
    public @Nullable Client client(long id) {
        return this.clients.get(id);
    }

    /**
     * Send a push message to a client after the reply of the running command (MONITOR
     * lines, invalidations caused by the client itself), or at once to any other client.
     * Engine thread only.
     * @param target the receiving client
     * @param message the message
     */
    public void pushAfterReply(Client target, Reply message) {
        if (target == this.current) {
            this.afterReply.add(Map.entry(target, message));
        }
        else if (!target.closed) {
            target.sink().send(message);
            target.sink().flush();
        }
    }

    /**
     * Return the fault injector.
     * @return the faults
     */
    public Faults faults() {
        return this.faults;
    }

    /**
     * Return the engine time in Unix milliseconds.
     * @return the time
     */
    public long now() {
        return this.settings.clock().millis();
    }

    /**
     * Return the clock.
     * @return the clock
     */
    public Clock clock() {
        return this.settings.clock();
    }

    /**
     * Return when the engine started, in Unix milliseconds.
     * @return the start time
     */
    public long startMillis() {
        return this.startMillis;
    }

    /**
     * Return a database.
     * @param index 0 to 15
     * @return the database
     */
    public Database db(int index) {
        return this.databases[index];
    }

    /**
     * Say what this engine is in a replicated setup, for {@code ROLE}, {@code INFO} and
     * write refusal on replicas. Call before clients connect.
     * @param info the replication view
     */
    public void replication(ReplicationInfo info) {
        this.replication = info;
    }

    /**
     * Return what this engine is in a replicated setup.
     * @return the replication view
     */
    public ReplicationInfo replication() {
        return this.replication;
    }

    /**
     * Publish the effects of every engine task to a replication log (a primary with
     * replicas). The consumer runs on the engine thread and must not block.
     * @param log the consumer of entries
     */
    public void replicationLog(Consumer<ReplicationEntry> log) {
        this.replicationLog = log;
    }

    /**
     * Install a replication entry from the primary: the new state of each key, with the
     * primary's offset as this replica's offset. Engine thread only.
     * @param entry the entry
     */
    public void applyReplicated(ReplicationEntry entry) {
        for (ReplicationEntry.Effect effect : entry.effects()) {
            RedisValue value = effect.value();
            this.databases[effect.db()].install(effect.key(), (value != null) ? value.copy() : null, effect.expiry());
        }
        for (ReplicationEntry.Message message : entry.messages()) {
            if (message.shard()) {
                this.pubSub.spublish(null, message.channel(), message.message());
            }
            else {
                this.pubSub.publish(null, message.channel(), message.message());
            }
        }
        this.writeOffset.set(entry.offset());
        serveBlocked();
        drainResumed();
    }

    /**
     * Forget the keys touched since the last replication entry without publishing them (a
     * test reset). Engine thread only.
     */
    public void discardEffects() {
        this.dirty.clear();
    }

    /**
     * Set a replica's offset (a test reset). Engine thread only.
     * @param offset the primary's offset
     */
    public void resetOffset(long offset) {
        this.writeOffset.set(offset);
    }

    /**
     * Return the write offset: it grows with every change to the keyspace; on a replica
     * it is the primary's offset of the last entry applied. Thread-safe.
     * @return the offset
     */
    public long writeOffset() {
        return this.writeOffset.get();
    }

    /**
     * Return the number of commands executed so far.
     * @return the count
     */
    public long commandsProcessed() {
        return this.commandsProcessed;
    }

    /**
     * Return how often each command ran since start or {@code CONFIG RESETSTAT}, for
     * {@code INFO commandstats} (engine thread).
     * @return calls by lower-case command name, in first-call order
     */
    public Map<String, Long> commandCalls() {
        return this.commandCalls;
    }

    /**
     * Return the connected clients (engine thread).
     * @return the clients in connection order
     */
    public List<Client> clients() {
        return new ArrayList<>(this.clients.values());
    }

    /**
     * Create a client for a new connection. Thread-safe.
     * @param address the peer address
     * @param localAddress the local address
     * @param sink where replies go
     * @return the client
     */
    public Client connect(String address, String localAddress, ReplySink sink) {
        User user = (this.settings.password() != null || this.settings.readOnlyPassword() != null) ? User.NONE
                : User.DEFAULT;
        Client client = new Client(this.clientIds.incrementAndGet(), address, localAddress, sink, user, now());
        this.loop.execute(() -> this.clients.put(client.id(), client));
        return client;
    }

    /**
     * Forget a closed connection: unblock and unwatch it. Thread-safe.
     * @param client the client
     */
    public void disconnect(Client client) {
        this.loop.execute(() -> {
            client.closed = true;
            client.pending.clear();
            this.blocked.unblock(client);
            unwatchAll(client);
            this.pubSub.reset(client);
            this.tracking.disconnect(client);
            this.clients.remove(client.id());
        });
    }

    /**
     * Queue commands of a client for execution, in order. Thread-safe.
     * @param client the client
     * @param commands the commands, each with its name at index 0
     */
    public void submit(Client client, List<byte[][]> commands) {
        this.loop.execute(() -> {
            if (client.closed) {
                return;
            }
            client.pending.addAll(commands);
            process(client);
            drainResumed();
            publishEffects();
        });
    }

    /**
     * Run code on the engine thread, for direct data access from tests. Thread-safe.
     * @param <T> the result type
     * @param task the code
     * @return its result
     */
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        this.loop.execute(() -> {
            try {
                T value = task.call();
                drainResumed();
                publishEffects();
                result.complete(value);
            }
            catch (Throwable ex) {
                publishEffects();
                result.completeExceptionally(ex);
            }
        });
        return result;
    }

    /**
     * Run code on the engine thread after a delay in real time. Thread-safe.
     * @param task the code
     * @param delayMillis the delay
     */
    public void schedule(Runnable task, long delayMillis) {
        this.loop.schedule(() -> {
            task.run();
            drainResumed();
            publishEffects();
        }, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    /**
     * Run code on the engine thread at every {@link #tick()}, after expiry.
     * @param task the code
     */
    public void onTick(Runnable task) {
        this.tickTasks.add(task);
    }

    /**
     * Run the periodic work now: active expiry and blocking timeouts. Called every 100 ms
     * and after a test advances the clock.
     */
    public void tick() {
        for (Database db : this.databases) {
            db.expireActively();
        }
        this.tickTasks.forEach(Runnable::run);
        long now = now();
        for (Client client : new ArrayList<>(this.clients.values())) {
            Client.Blocked blocked = client.blocked;
            if (blocked != null && blocked.deadlineMillis() != 0 && blocked.deadlineMillis() <= now) {
                this.blocked.unblock(client);
                client.sink().send(blocked.timeoutReply());
                this.resumed.add(client);
            }
        }
        drainResumed();
        publishEffects();
    }

    /**
     * Execute one command for a client as if it arrived on its connection, queuing it
     * inside MULTI. Engine thread only.
     * @param client the client
     * @param args the command
     * @return the reply, or {@code null} if the client blocked
     */
    public @Nullable Reply dispatch(Client client, byte[][] args) {
        if (this.faults.down()) {
            client.sink().drop();
            return null;
        }
        CommandSpec spec = this.table.lookup(args[0]);
        String rejection = check(client, spec, args);
        if (rejection != null) {
            if (client.inMulti()) {
                client.multiError = true;
            }
            return Reply.error(rejection);
        }
        boolean abortedExec = client.inMulti() && client.multiError && spec.name().equals("exec");
        if (this.scripts.busy() && !abortedExec && !ScriptingBusy.allowed(spec, args)) {
            if (client.inMulti()) {
                client.multiError = true;
            }
            return Reply.error(this.scripts.eval() ? Errors.BUSY_SCRIPT : Errors.BUSY_FUNCTION);
        }
        if (client.inMulti() && !isTransactionControl(spec.name())) {
            client.multi.add(args);
            return Reply.QUEUED;
        }
        String fault = this.faults.takeFailure();
        if (fault != null) {
            return Reply.error(fault);
        }
        Reply reply = execute(client, spec, args, false);
        if (this.faults.takeDrop()) {
            client.sink().drop();
            return null;
        }
        return reply;
    }

    /**
     * Execute a checked command, without MULTI queuing (used by EXEC). Engine thread
     * only.
     * @param client the client
     * @param spec the command
     * @param args the arguments
     * @param inTransaction whether it runs inside EXEC
     * @return the reply, or {@code null} if the client blocked
     */
    public @Nullable Reply execute(Client client, CommandSpec spec, byte[][] args, boolean inTransaction) {
        this.commandsProcessed++;
        this.commandCalls.merge(spec.name(), 1L, Long::sum);
        client.lastCommand = spec.name();
        Client previous = this.current;
        this.current = client;
        // like Redis, a script shows in MONITOR before the commands it runs; others after
        boolean script = spec.has(CommandSpec.Flag.SKIP_MONITOR);
        if (script) {
            this.pubSub.feedMonitors(this, client, spec, args);
        }
        try {
            return spec.handler().handle(new CommandContext(this, client, args, inTransaction));
        }
        catch (RedisError error) {
            return Reply.error(error.getMessage());
        }
        catch (RuntimeException ex) {
            // a bug in a handler: answer the command instead of dropping the connection
            LOGGER.log(System.Logger.Level.WARNING, "Command " + spec.name() + " failed", ex);
            return Reply.error(Errors.internal(spec.name(), ex));
        }
        finally {
            this.tracking.remember(client, spec, args);
            this.tracking.afterCommand(client, spec, inTransaction);
            if (!script) {
                this.pubSub.feedMonitors(this, client, spec, args);
            }
            this.current = previous;
        }
    }

    /**
     * Execute a client's queued transaction. Engine thread only.
     * @param client the client, in MULTI
     * @return the EXEC reply
     */
    public Reply exec(Client client) {
        List<byte[][]> queued = client.multi;
        boolean aborted = client.multiError;
        boolean dirty = client.watchDirty;
        client.endMulti();
        unwatchAll(client);
        if (aborted) {
            return Reply.error(Errors.EXECABORT);
        }
        if (dirty || queued == null) {
            return Reply.NULL_ARRAY;
        }
        List<Reply> replies = new ArrayList<>(queued.size());
        for (byte[][] args : queued) {
            CommandSpec spec = this.table.lookup(args[0]);
            Reply reply = execute(client, spec, args, true);
            replies.add((reply != null) ? reply : Reply.NULL_ARRAY);
        }
        return Reply.array(replies);
    }

    /**
     * Watch keys for the next transaction. Engine thread only.
     * @param client the client
     * @param keys the keys in its database
     */
    public void watch(Client client, List<ByteKey> keys) {
        for (ByteKey key : keys) {
            Client.WatchedKey watched = new Client.WatchedKey(client.db(), key);
            if (client.watched.add(watched)) {
                this.watchers.computeIfAbsent(watched, (k) -> new LinkedHashSet<>()).add(client);
            }
        }
    }

    /**
     * Forget every watched key of a client. Engine thread only.
     * @param client the client
     */
    public void unwatchAll(Client client) {
        for (Client.WatchedKey key : client.watched) {
            Set<Client> set = this.watchers.get(key);
            if (set != null) {
                set.remove(client);
                if (set.isEmpty()) {
                    this.watchers.remove(key);
                }
            }
        }
        client.watched.clear();
        client.watchDirty = false;
    }

    /**
     * Flush every database.
     */
    public void flushAll() {
        for (Database db : this.databases) {
            db.clear();
        }
    }

    /**
     * Close every client connection at once, without pending replies, as a network
     * failure would. Engine thread only.
     */
    public void dropAllClients() {
        for (Client client : new ArrayList<>(this.clients.values())) {
            client.sink().drop();
        }
    }

    /**
     * Close a client's connection after its pending replies.
     * @param client the client
     */
    public void close(Client client) {
        client.pending.clear();
        client.sink().close();
    }

    void keyModified(int db, ByteKey key) {
        this.tracking.keyModified(this.current, key);
        markDirty(db, key);
        if (this.watchers.isEmpty() && this.blocked.isEmpty()) {
            return;
        }
        Client.WatchedKey watched = new Client.WatchedKey(db, key);
        Set<Client> set = this.watchers.get(watched);
        if (set != null) {
            for (Client client : set) {
                client.watchDirty = true;
            }
        }
        this.blocked.changed(watched);
    }

    /**
     * A change Redis does not report to WATCH (consumer group bookkeeping): it still
     * reaches replicas; clients blocked on the key check it again only if asked.
     */
    void keyTouched(int db, ByteKey key, boolean wakeBlocked) {
        markDirty(db, key);
        Client.WatchedKey watched = new Client.WatchedKey(db, key);
        if (wakeBlocked) {
            this.blocked.changed(watched);
        }
    }

    /**
     * Count a change towards the write offset and remember the key for the next
     * replication entry (on a primary).
     */
    private void markDirty(int db, ByteKey key) {
        if (!this.replication.replica()) {
            this.writeOffset.incrementAndGet();
            if (this.replicationLog != null) {
                if (this.dirty.isEmpty()) {
                    this.dirtySinceMillis = now();
                }
                this.dirty.add(new Client.WatchedKey(db, key));
            }
        }
    }

    /**
     * Propagate a published message to replicas, as Redis does with PUBLISH and SPUBLISH
     * (on a primary; it counts towards the replication offset). Engine thread only.
     * @param channel the channel
     * @param message the message
     * @param shard whether it is a shard channel message
     */
    public void propagatePublish(byte[] channel, byte[] message, boolean shard) {
        if (this.replication.replica()) {
            return;
        }
        this.writeOffset.incrementAndGet();
        if (this.replicationLog != null) {
            if (this.dirty.isEmpty() && this.published.isEmpty()) {
                this.dirtySinceMillis = now();
            }
            this.published.add(new ReplicationEntry.Message(channel.clone(), message.clone(), shard));
        }
    }

    void expired(int db, ByteKey key) {
        // the deletion reaches replicas through keyModified, as Redis propagates a DEL
    }

    /**
     * Turn the keys touched since the last call into one replication entry.
     */
    private void publishEffects() {
        Consumer<ReplicationEntry> log = this.replicationLog;
        // a busy script's effects are published once it ends, as one entry
        if (log == null || (this.dirty.isEmpty() && this.published.isEmpty()) || this.scripts.running()) {
            return;
        }
        List<ReplicationEntry.Effect> effects = new ArrayList<>(this.dirty.size());
        for (Client.WatchedKey touched : this.dirty) {
            Database db = this.databases[touched.db()];
            RedisValue value = db.peek(touched.key());
            effects.add(new ReplicationEntry.Effect(touched.db(), touched.key(), (value != null) ? value.copy() : null,
                    (value != null) ? db.expiry(touched.key()) : -1));
        }
        this.dirty.clear();
        List<ReplicationEntry.Message> messages = List.copyOf(this.published);
        this.published.clear();
        log.accept(new ReplicationEntry(this.writeOffset.get(), this.dirtySinceMillis, effects, messages));
    }

    void block(Client client, Client.Blocked blocked) {
        this.blocked.block(client, blocked);
    }

    private @Nullable String check(Client client, @Nullable CommandSpec spec, byte[][] args) {
        if (spec == null) {
            return Errors.unknownCommand(args);
        }
        if (!spec.acceptsArity(args.length)) {
            return Errors.arity(spec.name());
        }
        if (client.user == User.NONE && !spec.has(CommandSpec.Flag.NO_AUTH)) {
            return Errors.NOAUTH;
        }
        if (client.user == User.READ_ONLY && spec.has(CommandSpec.Flag.WRITE)) {
            return Errors.noPermission(spec.name());
        }
        if (this.replication.replica() && spec.has(CommandSpec.Flag.WRITE)) {
            return Errors.READONLY;
        }
        String pubSubRefusal = this.pubSub.refusal(client, spec, args);
        if (pubSubRefusal != null) {
            return pubSubRefusal;
        }
        if (client.inMulti() && spec.has(CommandSpec.Flag.NO_MULTI)) {
            return "ERR Command not allowed inside a transaction";
        }
        return null;
    }

    private static boolean isTransactionControl(String name) {
        return switch (name) {
            case "exec", "discard", "multi", "watch", "quit", "reset" -> true;
            default -> false;
        };
    }

    private void process(Client client) {
        if (this.scripts.running() && this.scripts.isCaller(client)) {
            // Redis does not read from a client while its script runs
            return;
        }
        while (!client.closed && client.blocked == null && !client.pending.isEmpty()) {
            Reply reply = dispatch(client, client.pending.poll());
            if (reply != null) {
                client.sink().send(reply);
            }
            sendAfterReply();
            serveBlocked();
        }
        // replicas get the effects before the client can see the reply
        publishEffects();
        if (!client.closed) {
            client.sink().flush();
        }
    }

    /**
     * Serve clients blocked on keys that became ready, as Redis does after every command.
     * Front ends that execute commands with {@link #dispatch(Client, byte[][])} inside
     * {@link #call(Callable)} call it after each command. Engine thread only.
     */
    public void serveBlocked() {
        if (this.scripts.running()) {
            // blocked clients see a script's writes only when it ends: scripts are atomic
            return;
        }
        this.blocked.serve(this.resumed::add);
    }

    private void sendAfterReply() {
        if (!this.afterReply.isEmpty()) {
            List<Map.Entry<Client, Reply>> messages = new ArrayList<>(this.afterReply);
            this.afterReply.clear();
            for (Map.Entry<Client, Reply> message : messages) {
                if (!message.getKey().closed) {
                    message.getKey().sink().send(message.getValue());
                    message.getKey().sink().flush();
                }
            }
        }
        this.tracking.sendPending();
    }

    private void drainResumed() {
        sendAfterReply();
        while (!this.resumed.isEmpty()) {
            process(this.resumed.poll());
        }
    }

    @Override
    public void close() {
        this.scripts.close();
        this.loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

}
