package io.unikv.testserver.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One connection's state: selected database, protocol, user, name, transaction and WATCH
 * state, and whether it is blocked. Only touched on the engine thread.
 *
 * @author unikv authors
 */
public final class Client {

    private final long id;

    private final String address;

    private final String localAddress;

    private final ReplySink sink;

    private final long createdMillis;

    final ArrayDeque<byte[][]> pending = new ArrayDeque<>();

    int db;

    int protocol = 2;

    User user;

    @Nullable String name;

    @Nullable String libName;

    @Nullable String libVersion;

    @Nullable List<byte[][]> multi;

    boolean multiError;

    final Set<WatchedKey> watched = new HashSet<>();

    boolean watchDirty;

    @Nullable Blocked blocked;

    boolean closed;

    String lastCommand = "NULL";

    final ClientPubSub pubSub = new ClientPubSub();

    final ClientTracking tracking = new ClientTracking();

    Client(long id, String address, String localAddress, ReplySink sink, User user, long createdMillis) {
        this.id = id;
        this.address = address;
        this.localAddress = localAddress;
        this.sink = sink;
        this.user = user;
        this.createdMillis = createdMillis;
    }

    /**
     * Return the client id ({@code CLIENT ID}).
     * @return the id
     */
    public long id() {
        return this.id;
    }

    /**
     * Return the peer address as {@code host:port}.
     * @return the address
     */
    public String address() {
        return this.address;
    }

    /**
     * Return the local address as {@code host:port}.
     * @return the address
     */
    public String localAddress() {
        return this.localAddress;
    }

    /**
     * Return where replies go.
     * @return the sink
     */
    public ReplySink sink() {
        return this.sink;
    }

    /**
     * Return the selected database number.
     * @return the number
     */
    public int db() {
        return this.db;
    }

    /**
     * Select a database.
     * @param db the number, already checked
     */
    public void select(int db) {
        this.db = db;
    }

    /**
     * Return the protocol version, 2 or 3.
     * @return the version
     */
    public int protocol() {
        return this.protocol;
    }

    /**
     * Switch protocol version.
     * @param protocol 2 or 3
     */
    public void protocol(int protocol) {
        this.protocol = protocol;
    }

    /**
     * Return the authenticated user.
     * @return the user
     */
    public User user() {
        return this.user;
    }

    /**
     * Authenticate as a user.
     * @param user the user
     */
    public void user(User user) {
        this.user = user;
    }

    /**
     * Return the connection name.
     * @return the name, or {@code null}
     */
    public @Nullable String name() {
        return this.name;
    }

    /**
     * Set the connection name.
     * @param name the name, or {@code null} to clear it
     */
    public void name(@Nullable String name) {
        this.name = name;
    }

    /**
     * Set library information ({@code CLIENT SETINFO}).
     * @param libName the library name, or {@code null} to keep it
     * @param libVersion the library version, or {@code null} to keep it
     */
    public void libInfo(@Nullable String libName, @Nullable String libVersion) {
        if (libName != null) {
            this.libName = libName;
        }
        if (libVersion != null) {
            this.libVersion = libVersion;
        }
    }

    /**
     * Return whether a MULTI is open.
     * @return whether commands are being queued
     */
    public boolean inMulti() {
        return this.multi != null;
    }

    /**
     * Open a transaction.
     */
    public void beginMulti() {
        this.multi = new ArrayList<>();
        this.multiError = false;
    }

    /**
     * Close the transaction and forget its queued commands and watches.
     */
    public void endMulti() {
        this.multi = null;
        this.multiError = false;
    }

    /**
     * Return whether the client is blocked on a command.
     * @return whether it is blocked
     */
    public boolean isBlocked() {
        return this.blocked != null;
    }

    /**
     * Return how long the client has existed, in seconds.
     * @param nowMillis the engine time
     * @return the age
     */
    public long ageSeconds(long nowMillis) {
        return Math.max(0, (nowMillis - this.createdMillis) / 1000);
    }

    /**
     * Return the library name.
     * @return the name, or {@code null}
     */
    public @Nullable String libName() {
        return this.libName;
    }

    /**
     * Return the library version.
     * @return the version, or {@code null}
     */
    public @Nullable String libVersion() {
        return this.libVersion;
    }

    /**
     * Return the last command name, lower case, for {@code CLIENT LIST}.
     * @return the name
     */
    public String lastCommand() {
        return this.lastCommand;
    }

    /**
     * Return the keys this client watches.
     * @return the keys
     */
    public Set<WatchedKey> watched() {
        return this.watched;
    }

    /**
     * Return the pub/sub state.
     * @return the state
     */
    public ClientPubSub pubSub() {
        return this.pubSub;
    }

    /**
     * Return the client-side caching (CLIENT TRACKING) state.
     * @return the state
     */
    public ClientTracking tracking() {
        return this.tracking;
    }

    /**
     * A watched key.
     *
     * @param db the database
     * @param key the key
     */
    public record WatchedKey(int db, ByteKey key) {
    }

    /**
     * What a blocked client waits for.
     *
     * @param keys the keys that can wake it, in its database
     * @param deadlineMillis when it times out, or {@code 0} to wait forever
     * @param attempt retries the command; returns {@code null} while it must keep waiting
     * @param timeoutReply what to answer on timeout
     */
    public record Blocked(List<ByteKey> keys, long deadlineMillis, java.util.function.Supplier<@Nullable Reply> attempt,
            Reply timeoutReply) {
    }

}
