package io.unikv.testserver.internal.rest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 client for server-sent event streams: sends one request, reads the
 * status line and headers, then de-chunks the body and hands it out one line at a time,
 * with a socket timeout so a missing event fails the test instead of hanging it.
 *
 * @author unikv authors
 */
final class SseProbe implements Closeable {

    private final Socket socket;

    private final InputStream in;

    private final int status;

    private final Map<String, String> headers = new LinkedHashMap<>();

    private final boolean chunked;

    private int chunkLeft;

    private boolean ended;

    SseProbe(String baseUrl, String path, String token) throws IOException {
        URI uri = URI.create(baseUrl);
        this.socket = new Socket(uri.getHost(), uri.getPort());
        this.socket.setSoTimeout(5000);
        String request = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: text/event-stream\r\n"
                + "Cache-Control: no-cache\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n"
                + ((token != null) ? "Authorization: Bearer " + token + "\r\n" : "") + "Content-Length: 2\r\n\r\n[]";
        this.socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        this.socket.getOutputStream().flush();
        this.in = new BufferedInputStream(this.socket.getInputStream());
        String statusLine = rawLine();
        this.status = Integer.parseInt(statusLine.split(" ")[1]);
        String header;
        while (!(header = rawLine()).isEmpty()) {
            int colon = header.indexOf(':');
            this.headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        this.chunked = "chunked".equalsIgnoreCase(this.headers.get("transfer-encoding"));
    }

    int status() {
        return this.status;
    }

    Map<String, String> headers() {
        return this.headers;
    }

    /**
     * Read the next line of the body.
     * @return the line without its line feed, or {@code null} at the end of the body
     * @throws IOException on a timeout or socket error
     */
    String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = bodyByte()) != '\n') {
            if (b < 0) {
                return (line.size() > 0) ? line.toString(StandardCharsets.UTF_8) : null;
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /**
     * Read lines until the next one starting with {@code data: }.
     * @return its payload
     * @throws IOException on a timeout, the end of the stream or a socket error
     */
    String event() throws IOException {
        String line;
        while ((line = line()) != null) {
            if (line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
        throw new IOException("The stream ended");
    }

    /**
     * Read the rest of a non-streaming body.
     * @return the body
     * @throws IOException on a timeout or socket error
     */
    String body() throws IOException {
        StringBuilder body = new StringBuilder();
        int length = Integer.parseInt(this.headers.getOrDefault("content-length", "0"));
        for (int i = 0; i < length; i++) {
            body.append((char) this.in.read());
        }
        return body.toString();
    }

    private int bodyByte() throws IOException {
        if (!this.chunked) {
            return this.in.read();
        }
        if (this.ended) {
            return -1;
        }
        if (this.chunkLeft == 0) {
            String size = rawLine();
            if (size.isEmpty()) {
                size = rawLine();
            }
            this.chunkLeft = Integer.parseInt(size.strip(), 16);
            if (this.chunkLeft == 0) {
                this.ended = true;
                return -1;
            }
        }
        this.chunkLeft--;
        return this.in.read();
    }

    private String rawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = this.in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("Connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
