package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One client's CLIENT TRACKING settings: on or off, BCAST with its prefixes, OPTIN,
 * OPTOUT, NOLOOP, the redirect target and the one-command CLIENT CACHING flag. Engine
 * thread only.
 *
 * @author unikv authors
 */
public final class ClientTracking {

    boolean enabled;

    boolean bcast;

    boolean optin;

    boolean optout;

    boolean noloop;

    long redirect;

    final List<ByteKey> prefixes = new ArrayList<>();

    boolean caching;

    boolean cachingSetNow;

    boolean brokenRedirect;

    ClientTracking() {
    }

    /**
     * Return whether tracking is on.
     * @return whether it is on
     */
    public boolean enabled() {
        return this.enabled;
    }

    /**
     * Return whether BCAST mode is on.
     * @return whether it is on
     */
    public boolean bcast() {
        return this.bcast;
    }

    /**
     * Return whether OPTIN mode is on.
     * @return whether it is on
     */
    public boolean optin() {
        return this.optin;
    }

    /**
     * Return whether OPTOUT mode is on.
     * @return whether it is on
     */
    public boolean optout() {
        return this.optout;
    }

    /**
     * Return whether NOLOOP is on.
     * @return whether it is on
     */
    public boolean noloop() {
        return this.noloop;
    }

    /**
     * Return the client id invalidations go to, 0 for the client itself.
     * @return the id
     */
    public long redirect() {
        return this.redirect;
    }

    /**
     * Return the BCAST prefixes, sorted.
     * @return the prefixes
     */
    public List<ByteKey> prefixes() {
        return java.util.Collections.unmodifiableList(this.prefixes);
    }

    /**
     * Return whether CLIENT CACHING was called and not yet consumed by a command. Redis
     * keeps one flag: it means "yes" in OPTIN mode and "no" in OPTOUT mode.
     * @return whether the flag is set
     */
    public boolean caching() {
        return this.caching;
    }

    /**
     * Turn tracking on with new settings, keeping the prefixes already registered.
     * @param bcast BCAST mode
     * @param optin OPTIN mode
     * @param optout OPTOUT mode
     * @param noloop NOLOOP
     * @param redirect the redirect id, 0 for none
     */
    public void enable(boolean bcast, boolean optin, boolean optout, boolean noloop, long redirect) {
        this.enabled = true;
        this.bcast = bcast;
        this.optin = optin;
        this.optout = optout;
        this.noloop = noloop;
        this.redirect = redirect;
        this.brokenRedirect = false;
    }

    /**
     * Set the CLIENT CACHING flag for the next command.
     */
    public void setCaching() {
        this.caching = true;
        this.cachingSetNow = true;
    }

    void disable() {
        this.enabled = false;
        this.bcast = false;
        this.optin = false;
        this.optout = false;
        this.noloop = false;
        this.redirect = 0;
        this.prefixes.clear();
        this.caching = false;
        this.brokenRedirect = false;
    }

}
