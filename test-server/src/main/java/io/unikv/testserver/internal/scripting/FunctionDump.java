package io.unikv.testserver.internal.scripting;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import io.unikv.testserver.internal.engine.RedisError;

/**
 * FUNCTION DUMP and FUNCTION RESTORE payloads in Redis 7.0's format: per library a
 * {@code FUNCTION2} opcode and the code as an RDB string, then the RDB version (10) and a
 * CRC-64 (Jones) of everything before it, both little-endian. Strings are written
 * uncompressed; LZF-compressed ones (as Redis writes when it saves space) are read.
 * Stateless.
 *
 * @author unikv authors
 */
final class FunctionDump {

    private static final int FUNCTION2 = 0xf5;

    private static final int RDB_VERSION = 10;

    private static final String BAD_PAYLOAD = "ERR DUMP payload version or checksum are wrong";

    private static final long[] CRC_TABLE = crcTable();

    private FunctionDump() {
    }

    static byte[] dump(Scripting scripting) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Scripting.Library library : scripting.libraries.values()) {
            out.write(FUNCTION2);
            writeLength(out, library.code().length);
            out.writeBytes(library.code());
        }
        out.write(RDB_VERSION);
        out.write(0);
        long crc = crc64(out.toByteArray(), out.size());
        for (int i = 0; i < 8; i++) {
            out.write((int) (crc >>> (8 * i)) & 0xff);
        }
        return out.toByteArray();
    }

    /**
     * Restore libraries, all or none.
     * @param scripting the scripting state
     * @param payload the payload
     * @param policy {@code FLUSH}, {@code APPEND} or {@code REPLACE}
     */
    static void restore(Scripting scripting, byte[] payload, String policy) {
        List<byte[]> codes = parse(payload);
        LinkedHashMap<String, Scripting.Library> libraries = new LinkedHashMap<>(scripting.libraries);
        LinkedHashMap<String, Scripting.Function> functions = new LinkedHashMap<>(scripting.functions);
        try {
            if (policy.equals("FLUSH")) {
                scripting.libraries.clear();
                scripting.functions.clear();
            }
            for (byte[] code : codes) {
                FunctionLoader.load(scripting, code, policy.equals("REPLACE"), true);
            }
        }
        catch (RedisError ex) {
            scripting.libraries.clear();
            scripting.libraries.putAll(libraries);
            scripting.functions.clear();
            scripting.functions.putAll(functions);
            throw ex;
        }
    }

    private static List<byte[]> parse(byte[] payload) {
        int end = payload.length - 10;
        if (end < 0) {
            throw new RedisError(BAD_PAYLOAD);
        }
        int version = (payload[end] & 0xff) | ((payload[end + 1] & 0xff) << 8);
        long crc = 0;
        for (int i = 0; i < 8; i++) {
            crc |= (payload[end + 2 + i] & 0xffL) << (8 * i);
        }
        if (version > RDB_VERSION || (crc != 0 && crc != crc64(payload, end + 2))) {
            throw new RedisError(BAD_PAYLOAD);
        }
        List<byte[]> codes = new ArrayList<>();
        int[] pos = { 0 };
        while (pos[0] < end) {
            if ((payload[pos[0]++] & 0xff) != FUNCTION2) {
                throw new RedisError("ERR given type is not a function");
            }
            codes.add(readString(payload, pos, end));
        }
        return codes;
    }

    private static byte[] readString(byte[] in, int[] pos, int end) {
        int first = in[pos[0]] & 0xff;
        if ((first >> 6) == 3) {
            pos[0]++;
            if ((first & 0x3f) != 3) {
                throw new RedisError(BAD_PAYLOAD);
            }
            int compressed = (int) readLength(in, pos);
            int length = (int) readLength(in, pos);
            byte[] out = lzf(in, pos[0], compressed, length);
            pos[0] += compressed;
            return out;
        }
        int length = (int) readLength(in, pos);
        if (pos[0] + length > end) {
            throw new RedisError(BAD_PAYLOAD);
        }
        byte[] out = new byte[length];
        System.arraycopy(in, pos[0], out, 0, length);
        pos[0] += length;
        return out;
    }

    private static long readLength(byte[] in, int[] pos) {
        int first = in[pos[0]++] & 0xff;
        return switch (first >> 6) {
            case 0 -> first & 0x3f;
            case 1 -> ((first & 0x3f) << 8) | (in[pos[0]++] & 0xff);
            default -> {
                int bytes = (first == 0x81) ? 8 : 4;
                long value = 0;
                for (int i = 0; i < bytes; i++) {
                    value = (value << 8) | (in[pos[0]++] & 0xff);
                }
                yield value;
            }
        };
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 64) {
            out.write(length);
        }
        else if (length < 16384) {
            out.write(0x40 | (length >> 8));
            out.write(length & 0xff);
        }
        else {
            out.write(0x80);
            for (int i = 3; i >= 0; i--) {
                out.write((length >>> (8 * i)) & 0xff);
            }
        }
    }

    private static byte[] lzf(byte[] in, int start, int length, int outLength) {
        byte[] out = new byte[outLength];
        int ip = start;
        int op = 0;
        int limit = start + length;
        try {
            while (ip < limit) {
                int ctrl = in[ip++] & 0xff;
                if (ctrl < 32) {
                    int run = ctrl + 1;
                    System.arraycopy(in, ip, out, op, run);
                    ip += run;
                    op += run;
                }
                else {
                    int len = ctrl >> 5;
                    if (len == 7) {
                        len += in[ip++] & 0xff;
                    }
                    int ref = op - ((ctrl & 0x1f) << 8) - (in[ip++] & 0xff) - 1;
                    for (int i = 0; i < len + 2; i++) {
                        out[op++] = out[ref++];
                    }
                }
            }
        }
        catch (IndexOutOfBoundsException ex) {
            throw new RedisError(BAD_PAYLOAD);
        }
        if (op != outLength) {
            throw new RedisError(BAD_PAYLOAD);
        }
        return out;
    }

    static long crc64(byte[] bytes, int length) {
        long crc = 0;
        for (int i = 0; i < length; i++) {
            crc = CRC_TABLE[(int) ((crc ^ bytes[i]) & 0xff)] ^ (crc >>> 8);
        }
        return crc;
    }

    private static long[] crcTable() {
        long[] table = new long[256];
        for (int i = 0; i < 256; i++) {
            long c = i;
            for (int k = 0; k < 8; k++) {
                c = ((c & 1) != 0) ? (c >>> 1) ^ 0x95ac9329ac4bc9b5L : c >>> 1;
            }
            table[i] = c;
        }
        return table;
    }

}
