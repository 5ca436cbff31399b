package io.unikv.testserver.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 connection for what {@code java.net.http} hides: keep-alive, pipelined
 * requests, malformed requests and connection closes. Reads responses framed by
 * Content-Length. Not thread-safe.
 *
 * @author unikv authors
 */
final class RawHttp implements Closeable {

    private final Socket socket;

    private final InputStream in;

    private final OutputStream out;

    RawHttp(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        this.socket.setSoTimeout(10_000);
        this.in = this.socket.getInputStream();
        this.out = this.socket.getOutputStream();
    }

    void write(String text) throws IOException {
        this.out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        this.out.flush();
    }

    Response read() throws IOException {
        String status = line();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body = this.in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Return whether the server closed the connection (end of stream before any byte).
     * @return whether it is closed
     * @throws IOException on read errors other than a reset
     */
    boolean closedByServer() throws IOException {
        try {
            return this.in.read() == -1;
        }
        catch (java.net.SocketException ex) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = this.in.read()) != '\n') {
            if (b == -1) {
                throw new IOException("Connection closed after " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

    record Response(int status, Map<String, String> headers, String body) {
    }

}
