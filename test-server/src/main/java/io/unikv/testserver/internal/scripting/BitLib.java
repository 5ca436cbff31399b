package io.unikv.testserver.internal.scripting;

import java.util.Locale;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The {@code bit} library of LuaBitOp, as Redis bundles it: 32-bit signed results,
 * arguments normalised modulo 2^32. Stateless.
 *
 * @author unikv authors
 */
final class BitLib {

    private BitLib() {
    }

    static LuaTable create() {
        LuaTable bit = new LuaTable();
        bit.rawset("tobit", fn((args) -> tobit(args.arg1())));
        bit.rawset("bnot", fn((args) -> ~tobit(args.arg1())));
        bit.rawset("band", fn((args) -> fold(args, 0)));
        bit.rawset("bor", fn((args) -> fold(args, 1)));
        bit.rawset("bxor", fn((args) -> fold(args, 2)));
        bit.rawset("lshift", fn((args) -> tobit(args.arg1()) << (tobit(args.arg(2)) & 31)));
        bit.rawset("rshift", fn((args) -> tobit(args.arg1()) >>> (tobit(args.arg(2)) & 31)));
        bit.rawset("arshift", fn((args) -> tobit(args.arg1()) >> (tobit(args.arg(2)) & 31)));
        bit.rawset("rol", fn((args) -> Integer.rotateLeft(tobit(args.arg1()), tobit(args.arg(2)) & 31)));
        bit.rawset("ror", fn((args) -> Integer.rotateRight(tobit(args.arg1()), tobit(args.arg(2)) & 31)));
        bit.rawset("bswap", fn((args) -> Integer.reverseBytes(tobit(args.arg1()))));
        bit.rawset("tohex", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                int value = tobit(args.arg1());
                int digits = args.isnoneornil(2) ? 8 : tobit(args.arg(2));
                boolean upper = digits < 0;
                int count = Math.min(8, Math.abs(digits));
                String hex = String.format("%08x", value);
                hex = hex.substring(8 - count);
                return LuaValue.valueOf(upper ? hex.toUpperCase(Locale.ROOT) : hex);
            }
        });
        return bit;
    }

    private static int fold(Varargs args, int op) {
        int result = tobit(args.arg1());
        for (int i = 2; i <= args.narg(); i++) {
            int next = tobit(args.arg(i));
            result = switch (op) {
                case 0 -> result & next;
                case 1 -> result | next;
                default -> result ^ next;
            };
        }
        return result;
    }

    static int tobit(LuaValue value) {
        double number = value.checkdouble();
        // LuaBitOp: add 2^52 + 2^51 and take the low 32 bits of the mantissa
        long bits = Double.doubleToRawLongBits(number + 6755399441055744.0);
        return (int) bits;
    }

    private static VarArgFunction fn(IntOp op) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return LuaValue.valueOf(op.apply(args));
            }
        };
    }

    private interface IntOp {

        int apply(Varargs args);

    }

}
