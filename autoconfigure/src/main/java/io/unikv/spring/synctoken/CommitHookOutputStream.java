package io.unikv.spring.synctoken;

import java.io.IOException;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * A servlet output stream that runs a hook before anything reaches the response, so the
 * hook can still set headers.
 *
 * @author unikv authors
 */
final class CommitHookOutputStream extends ServletOutputStream {

    private final ServletOutputStream delegate;

    private final Runnable beforeWrite;

    CommitHookOutputStream(ServletOutputStream delegate, Runnable beforeWrite) {
        this.delegate = delegate;
        this.beforeWrite = beforeWrite;
    }

    @Override
    public void write(int b) throws IOException {
        this.beforeWrite.run();
        this.delegate.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        this.beforeWrite.run();
        this.delegate.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        this.beforeWrite.run();
        this.delegate.flush();
    }

    @Override
    public void close() throws IOException {
        this.beforeWrite.run();
        this.delegate.close();
    }

    @Override
    public boolean isReady() {
        return this.delegate.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        this.delegate.setWriteListener(listener);
    }

}
