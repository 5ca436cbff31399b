package io.unikv.internal.commands;

import io.unikv.transport.ForwardingTransport;
import io.unikv.transport.Transport;

/**
 * A {@link Transport} that also shuts down the client it was made from when closed.
 *
 * @author unikv authors
 */
final class ClientClosing extends ForwardingTransport {

    private final Runnable shutdown;

    ClientClosing(Transport delegate, Runnable shutdown) {
        super(delegate);
        this.shutdown = shutdown;
    }

    @Override
    public void close() {
        try {
            super.close();
        }
        finally {
            this.shutdown.run();
        }
    }

}
