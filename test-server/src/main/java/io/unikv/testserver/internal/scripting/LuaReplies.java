package io.unikv.testserver.internal.scripting;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Redis's conversion rules between replies and Lua values, both ways: RESP2 rules by
 * default (nil and null become {@code false}, status and error replies become tables with
 * {@code ok} and {@code err}), the RESP3 ones after {@code redis.setresp(3)}; Lua numbers
 * become integers (truncated), arrays stop at the first nil, {@code true} becomes 1 and
 * {@code false} a null. Stateless.
 *
 * @author unikv authors
 */
final class LuaReplies {

    private static final LuaString ERR = LuaValue.valueOf("err");

    private static final LuaString OK = LuaValue.valueOf("ok");

    private static final LuaString DOUBLE = LuaValue.valueOf("double");

    private static final LuaString MAP = LuaValue.valueOf("map");

    private static final LuaString SET = LuaValue.valueOf("set");

    private static final LuaString BIG_NUMBER = LuaValue.valueOf("big_number");

    private LuaReplies() {
    }

    /**
     * Convert a command's reply for the script.
     * @param reply the reply
     * @param resp the protocol the script asked for with {@code redis.setresp}
     * @return the Lua value
     */
    static LuaValue toLua(Reply reply, int resp) {
        boolean resp3 = resp == 3;
        if (reply instanceof Reply.Simple simple) {
            return single(OK, LuaValue.valueOf(simple.text()));
        }
        if (reply instanceof Reply.Err err) {
            return single(ERR, LuaValue.valueOf(err.message()));
        }
        if (reply instanceof Reply.Int integer) {
            return LuaValue.valueOf(integer.value());
        }
        if (reply instanceof Reply.Bulk bulk) {
            return LuaValue.valueOf(bulk.bytes());
        }
        if (reply instanceof Reply.Array array) {
            return list(array.items(), resp);
        }
        if (reply instanceof Reply.Push push) {
            return list(push.items(), resp);
        }
        if (reply instanceof Reply.SetReply set) {
            return resp3 ? setTable(set.items(), resp) : list(set.items(), resp);
        }
        if (reply instanceof Reply.MapReply map) {
            return resp3 ? mapTable(map.items(), resp) : list(map.items(), resp);
        }
        if (reply instanceof Reply.Dbl dbl) {
            return resp3 ? single(DOUBLE, LuaValue.valueOf(dbl.value()))
                    : LuaValue.valueOf(RedisNumbers.formatDouble(dbl.value()));
        }
        if (reply instanceof Reply.DoubleText text) {
            // GEOPOS coordinates: a string in RESP2, a double table in RESP3, as Redis
            return resp3 ? single(DOUBLE, LuaValue.valueOf(Double.parseDouble(text.text())))
                    : LuaValue.valueOf(text.text());
        }
        if (reply instanceof Reply.Bool bool) {
            return resp3 ? LuaValue.valueOf(bool.value()) : LuaValue.valueOf(bool.value() ? 1 : 0);
        }
        if (reply instanceof Reply.Verbatim verbatim) {
            return LuaValue.valueOf(verbatim.text());
        }
        return resp3 ? LuaValue.NIL : LuaValue.FALSE;
    }

    /**
     * Convert what a script returned into its reply.
     * @param value the first returned value
     * @param resp the protocol the script asked for with {@code redis.setresp}
     * @return the reply
     */
    static Reply toReply(LuaValue value, int resp) {
        return switch (value.type()) {
            case LuaValue.TSTRING -> Reply.bulk(RedisLib.bytes(value.checkstring()));
            case LuaValue.TBOOLEAN ->
                (resp == 3) ? new Reply.Bool(value.toboolean()) : value.toboolean() ? Reply.ONE : Reply.NULL;
            case LuaValue.TNUMBER -> Reply.integer((long) value.todouble());
            case LuaValue.TTABLE -> table((LuaTable) value, resp);
            default -> Reply.NULL;
        };
    }

    private static Reply table(LuaTable table, int resp) {
        LuaValue err = table.rawget(ERR);
        if (err.type() == LuaValue.TSTRING) {
            return Reply.error(err.tojstring());
        }
        LuaValue ok = table.rawget(OK);
        if (ok.type() == LuaValue.TSTRING) {
            return new Reply.Simple(ok.tojstring());
        }
        LuaValue dbl = table.rawget(DOUBLE);
        if (dbl.type() == LuaValue.TNUMBER) {
            return new Reply.Dbl(dbl.todouble());
        }
        LuaValue big = table.rawget(BIG_NUMBER);
        if (big.type() == LuaValue.TSTRING) {
            return Reply.bulk(RedisLib.bytes(big.checkstring()));
        }
        LuaValue map = table.rawget(MAP);
        if (map.istable()) {
            List<Reply> items = new ArrayList<>();
            LuaValue key = LuaValue.NIL;
            while (true) {
                Varargs next = map.next(key);
                key = next.arg1();
                if (key.isnil()) {
                    break;
                }
                items.add(toReply(key, resp));
                items.add(toReply(next.arg(2), resp));
            }
            return new Reply.MapReply(items);
        }
        LuaValue set = table.rawget(SET);
        if (set.istable()) {
            List<Reply> items = new ArrayList<>();
            LuaValue key = LuaValue.NIL;
            while (true) {
                key = set.next(key).arg1();
                if (key.isnil()) {
                    break;
                }
                items.add(toReply(key, resp));
            }
            return new Reply.SetReply(items);
        }
        List<Reply> items = new ArrayList<>();
        for (int i = 1;; i++) {
            LuaValue item = table.rawget(i);
            if (item.isnil()) {
                break;
            }
            items.add(toReply(item, resp));
        }
        return Reply.array(items);
    }

    private static LuaTable single(LuaString key, LuaValue value) {
        LuaTable table = new LuaTable();
        table.rawset(key, value);
        return table;
    }

    private static LuaTable list(List<Reply> items, int resp) {
        LuaTable table = new LuaTable(items.size(), 0);
        int i = 1;
        for (Reply item : items) {
            table.rawset(i++, toLua(item, resp));
        }
        return table;
    }

    private static LuaTable setTable(List<Reply> items, int resp) {
        LuaTable inner = new LuaTable();
        for (Reply item : items) {
            inner.rawset(toLua(item, resp), LuaValue.TRUE);
        }
        return single(SET, inner);
    }

    private static LuaTable mapTable(List<Reply> items, int resp) {
        LuaTable inner = new LuaTable();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            inner.rawset(toLua(items.get(i), resp), toLua(items.get(i + 1), resp));
        }
        return single(MAP, inner);
    }

}
