package io.unikv.testserver.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw RESP connection for differential tests: sends commands as multibulk requests and
 * reads one reply frame at a time, keeping its exact bytes (RESP2 or RESP3), so replies
 * of two servers can be compared byte for byte.
 *
 * @author unikv authors
 */
final class RespProbe implements AutoCloseable {

    private final Socket socket;

    private final InputStream in;

    private final OutputStream out;

    RespProbe(String host, int port) throws IOException {
        this.socket = new Socket();
        this.socket.connect(new InetSocketAddress(host, port), 5000);
        this.socket.setSoTimeout(10_000);
        this.in = new BufferedInputStream(this.socket.getInputStream());
        this.out = this.socket.getOutputStream();
    }

    /**
     * Send a command and read its reply.
     * @param args the command and its arguments
     * @return the reply
     * @throws IOException on socket errors or a timeout
     */
    Frame call(byte[][] args) throws IOException {
        send(args);
        return read();
    }

    /**
     * Send a command without reading its reply.
     * @param args the command and its arguments
     * @throws IOException on socket errors
     */
    void send(byte[][] args) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] arg : args) {
            request.writeBytes(("$" + arg.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(arg);
            request.writeBytes(new byte[] { '\r', '\n' });
        }
        this.out.write(request.toByteArray());
        this.out.flush();
    }

    /**
     * Send text commands, for setup.
     * @param args the words
     * @return the reply
     * @throws IOException on socket errors
     */
    Frame call(String... args) throws IOException {
        byte[][] bytes = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            bytes[i] = args[i].getBytes(StandardCharsets.UTF_8);
        }
        return call(bytes);
    }

    /**
     * Read the next frame: a reply or a push message.
     * @return the frame
     * @throws IOException on socket errors or a timeout
     */
    Frame read() throws IOException {
        int type = this.in.read();
        if (type < 0) {
            throw new IOException("Connection closed");
        }
        String line = readLine();
        byte[] header = ((char) type + line + "\r\n").getBytes(StandardCharsets.UTF_8);
        switch (type) {
            case '$', '=', '!': {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return new Frame(header, List.of());
                }
                byte[] body = this.in.readNBytes(length + 2);
                return new Frame(concat(header, body), List.of());
            }
            case '*', '~', '>', '%', '|': {
                int count = Integer.parseInt(line);
                if (type == '%' || type == '|') {
                    count *= 2;
                }
                List<Frame> children = new ArrayList<>();
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                raw.writeBytes(header);
                for (int i = 0; i < count; i++) {
                    Frame child = read();
                    children.add(child);
                    raw.writeBytes(child.raw());
                }
                return new Frame(raw.toByteArray(), children);
            }
            default:
                return new Frame(header, List.of());
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = this.in.read()) != '\r') {
            if (b < 0) {
                throw new IOException("Connection closed");
            }
            line.write(b);
        }
        this.in.read();
        return line.toString(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

    /**
     * One reply frame with its exact bytes and, for aggregates, its children.
     *
     * @param raw the bytes as received
     * @param children the elements of an aggregate (keys and values alternating for maps)
     */
    record Frame(byte[] raw, List<Frame> children) {

        String text() {
            return new String(this.raw, StandardCharsets.UTF_8);
        }

        /**
         * Return the reply with the elements of every aggregate (or its map entries)
         * sorted, at every depth.
         * @return a canonical text
         */
        String unordered() {
            if (this.children.isEmpty()) {
                return text();
            }
            String header = text().substring(0, text().indexOf("\r\n") + 2);
            List<String> items = new ArrayList<>();
            boolean map = this.raw[0] == '%';
            for (int i = 0; i < this.children.size(); i += map ? 2 : 1) {
                items.add(map ? this.children.get(i).unordered() + this.children.get(i + 1).unordered()
                        : this.children.get(i).unordered());
            }
            items.sort(null);
            return header + String.join("", items);
        }

    }

}
