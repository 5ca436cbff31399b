package io.unikv.spring.synctoken;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A print writer that runs a hook before anything reaches the response, so the hook can
 * still set headers. The hook sits below {@link PrintWriter}, because {@code println}
 * writes line separators to the underlying writer directly.
 *
 * @author unikv authors
 */
final class CommitHookPrintWriter extends PrintWriter {

    private final PrintWriter delegate;

    CommitHookPrintWriter(PrintWriter delegate, Runnable beforeWrite) {
        super(new HookWriter(delegate, beforeWrite));
        this.delegate = delegate;
    }

    @Override
    public boolean checkError() {
        // The container's writer swallows I/O errors; report them as ours.
        return super.checkError() || this.delegate.checkError();
    }

    private static final class HookWriter extends Writer {

        private final PrintWriter delegate;

        private final Runnable beforeWrite;

        HookWriter(PrintWriter delegate, Runnable beforeWrite) {
            this.delegate = delegate;
            this.beforeWrite = beforeWrite;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            this.beforeWrite.run();
            this.delegate.write(buffer, off, len);
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            this.beforeWrite.run();
            this.delegate.write(text, off, len);
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

    }

}
