package io.unikv.testserver.internal.scripting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.OneArgFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code cjson} library as Redis bundles it: {@code encode}, {@code decode} and
 * {@code null}, on Jackson. Tables with only keys 1..n encode as arrays, others (and the
 * empty table) as objects; numbers print as Lua prints them ({@code %.14g}). Stateless.
 *
 * @author unikv authors
 */
final class CjsonLib {

    private static final JsonFactory JSON = new JsonFactory();

    /** {@code cjson.null}: the JSON null in decoded tables. */
    static final LuaValue NULL = new LuaUserdata(new Object());

    private static final int MAX_DEPTH = 1000;

    private CjsonLib() {
    }

    static LuaTable create() {
        LuaTable cjson = new LuaTable();
        cjson.rawset("encode", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue arg) {
                return LuaValue.valueOf(encode(arg));
            }
        });
        cjson.rawset("decode", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue arg) {
                return decode(RedisLib.bytes(arg.checkstring()));
            }
        });
        cjson.rawset("null", NULL);
        return cjson;
    }

    static byte[] encode(LuaValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, value, 0);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, LuaValue value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new LuaError("Cannot serialise, excessive nesting (1001)");
        }
        switch (value.type()) {
            case LuaValue.TNIL -> generator.writeNull();
            case LuaValue.TBOOLEAN -> generator.writeBoolean(value.toboolean());
            case LuaValue.TNUMBER -> generator.writeNumber(LuaNumbers.format(value.todouble()));
            case LuaValue.TSTRING -> generator.writeString(value.tojstring());
            case LuaValue.TTABLE -> writeTable(generator, (LuaTable) value, depth);
            default -> {
                if (value == NULL) {
                    generator.writeNull();
                }
                else {
                    throw new LuaError("Cannot serialise " + value.typename() + ": type not supported");
                }
            }
        }
    }

    private static void writeTable(JsonGenerator generator, LuaTable table, int depth) {
        int length = arrayLength(table);
        if (length > 0) {
            generator.writeStartArray();
            for (int i = 1; i <= length; i++) {
                write(generator, table.rawget(i), depth + 1);
            }
            generator.writeEndArray();
            return;
        }
        generator.writeStartObject();
        LuaValue key = LuaValue.NIL;
        while (true) {
            Varargs next = table.next(key);
            key = next.arg1();
            if (key.isnil()) {
                break;
            }
            if (key.type() == LuaValue.TNUMBER) {
                generator.writeName(LuaNumbers.format(key.todouble()));
            }
            else if (key.type() == LuaValue.TSTRING) {
                generator.writeName(key.tojstring());
            }
            else {
                throw new LuaError("Cannot serialise " + key.typename() + ": table key must be a number or string");
            }
            write(generator, next.arg(2), depth + 1);
        }
        generator.writeEndObject();
    }

    /** The array length if every key is a positive integer 1..n, else 0. */
    private static int arrayLength(LuaTable table) {
        int max = 0;
        int count = 0;
        LuaValue key = LuaValue.NIL;
        while (true) {
            key = table.next(key).arg1();
            if (key.isnil()) {
                break;
            }
            if (key.type() != LuaValue.TNUMBER || key.todouble() != Math.floor(key.todouble()) || key.todouble() < 1) {
                return 0;
            }
            max = Math.max(max, key.toint());
            count++;
        }
        if (max > count && max > 10 && max > count * 2) {
            throw new LuaError("Cannot serialise table: excessively sparse array");
        }
        return max;
    }

    static LuaValue decode(byte[] json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new LuaError("Expected value but found T_END at character 1");
            }
            LuaValue value = read(parser, token);
            if (parser.nextToken() != null) {
                throw new LuaError("Expected the end but found trailing data");
            }
            return value;
        }
        catch (tools.jackson.core.JacksonException ex) {
            throw new LuaError("Expected value but found invalid token at character 1");
        }
    }

    private static LuaValue read(JsonParser parser, JsonToken token) {
        switch (token) {
            case START_OBJECT: {
                LuaTable table = new LuaTable();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    table.rawset(LuaValue.valueOf(name), read(parser, parser.nextToken()));
                }
                return table;
            }
            case START_ARRAY: {
                LuaTable table = new LuaTable();
                int i = 1;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    table.rawset(i++, read(parser, t));
                }
                return table;
            }
            case VALUE_STRING:
                return LuaValue.valueOf(parser.getString().getBytes(StandardCharsets.UTF_8));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return LuaValue.valueOf(parser.getDoubleValue());
            case VALUE_TRUE:
                return LuaValue.TRUE;
            case VALUE_FALSE:
                return LuaValue.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new LuaError("Expected value but found invalid token");
        }
    }

}
