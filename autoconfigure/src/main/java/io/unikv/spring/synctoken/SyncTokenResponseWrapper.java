package io.unikv.spring.synctoken;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;

import io.unikv.SyncToken;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response that sets the {@value SyncToken#HEADER} header once, just before anything
 * can commit it. Used by one request thread at a time, like the response it wraps.
 *
 * @author unikv authors
 */
final class SyncTokenResponseWrapper extends HttpServletResponseWrapper {

    private final Supplier<@Nullable SyncToken> token;

    private boolean tokenAdded;

    private @Nullable ServletOutputStream outputStream;

    private @Nullable PrintWriter writer;

    SyncTokenResponseWrapper(HttpServletResponse response, Supplier<@Nullable SyncToken> token) {
        super(response);
        this.token = token;
    }

    /**
     * Set the header unless it was set already or the response is committed.
     */
    void addTokenHeader() {
        if (this.tokenAdded) {
            return;
        }
        this.tokenAdded = true;
        if (!isCommitted()) {
            SyncToken current = this.token.get();
            if (current != null) {
                setHeader(SyncToken.HEADER, current.value());
            }
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (this.outputStream == null) {
            this.outputStream = new CommitHookOutputStream(super.getOutputStream(), this::addTokenHeader);
        }
        return this.outputStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (this.writer == null) {
            this.writer = new CommitHookPrintWriter(super.getWriter(), this::addTokenHeader);
        }
        return this.writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        addTokenHeader();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        // reset() clears the headers of an uncommitted response: set the token again.
        this.tokenAdded = false;
    }

    @Override
    public void sendError(int sc) throws IOException {
        addTokenHeader();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        addTokenHeader();
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        addTokenHeader();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        addTokenHeader();
        super.sendRedirect(location, sc, clearBuffer);
    }

}
