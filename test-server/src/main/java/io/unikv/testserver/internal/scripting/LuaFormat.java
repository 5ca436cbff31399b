package io.unikv.testserver.internal.scripting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * {@code string.format} and {@code tostring} with C's conversions, as Lua 5.1 in Redis
 * has them (LuaJ ignores precisions and prints numbers with Java's rules). Stateless.
 *
 * @author unikv authors
 */
final class LuaFormat {

    private LuaFormat() {
    }

    static VarArgFunction format() {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return LuaValue.valueOf(format(args.checkjstring(1), args));
            }
        };
    }

    static VarArgFunction tostring(LuaValue original) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                LuaValue value = args.arg1();
                if (value.type() == LuaValue.TNUMBER) {
                    return LuaValue.valueOf(LuaNumbers.format(value.todouble()));
                }
                return original.invoke(args);
            }
        };
    }

    static String format(String pattern, Varargs args) {
        StringBuilder out = new StringBuilder();
        int arg = 2;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i < pattern.length() && pattern.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int start = i;
            while (i < pattern.length() && "-+ #0".indexOf(pattern.charAt(i)) >= 0) {
                i++;
            }
            String flags = pattern.substring(start, i);
            int widthStart = i;
            while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
                i++;
            }
            String width = pattern.substring(widthStart, i);
            int precision = -1;
            if (i < pattern.length() && pattern.charAt(i) == '.') {
                i++;
                int precisionStart = i;
                while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
                    i++;
                }
                precision = (i > precisionStart) ? Integer.parseInt(pattern.substring(precisionStart, i)) : 0;
            }
            if (i >= pattern.length()) {
                throw new LuaError("invalid option '%' to 'format'");
            }
            char conversion = pattern.charAt(i++);
            if (arg > args.narg() && conversion != '%') {
                throw new LuaError("bad argument #" + arg + " to 'format' (no value)");
            }
            LuaValue value = args.arg(arg++);
            String text = switch (conversion) {
                case 'd', 'i' ->
                    String.format(Locale.ROOT, "%" + flags.replace("#", "") + width + "d", (long) value.checkdouble());
                case 'u' -> Long.toString((long) value.checkdouble());
                case 'c' -> String.valueOf((char) value.checkint());
                case 'x', 'X', 'o' ->
                    String.format(Locale.ROOT, "%" + flags + width + conversion, (long) value.checkdouble());
                case 'e', 'E',
                        'f' ->
                    String.format(Locale.ROOT,
                            "%" + flags + width + "." + ((precision < 0) ? 6 : precision) + conversion,
                            value.checkdouble());
                case 'g', 'G' ->
                    pad(general(value.checkdouble(), (precision < 0) ? 6 : Math.max(precision, 1), conversion == 'G'),
                            flags, width);
                case 's' -> {
                    String s = value.isstring() ? stringOf(value) : value.tojstring();
                    if (value.type() == LuaValue.TNUMBER) {
                        s = LuaNumbers.format(value.todouble());
                    }
                    if (precision >= 0 && s.length() > precision) {
                        s = s.substring(0, precision);
                    }
                    yield pad(s, flags, width);
                }
                case 'q' -> quote(value.checkjstring());
                default -> throw new LuaError("invalid option '%" + conversion + "' to 'format'");
            };
            out.append(text);
        }
        return out.toString();
    }

    private static String stringOf(LuaValue value) {
        LuaString string = value.checkstring();
        return string.tojstring();
    }

    private static String pad(String text, String flags, String width) {
        if (width.isEmpty()) {
            return text;
        }
        int w = Integer.parseInt(width);
        if (text.length() >= w) {
            return text;
        }
        String fill = " ".repeat(w - text.length());
        return flags.contains("-") ? text + fill : fill + text;
    }

    /** C's {@code %g}. */
    static String general(double value, int precision, boolean upper) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return LuaNumbers.format(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String result;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = strip(mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).toPlainString());
            int abs = Math.abs(exponent);
            result = digits + "e" + ((exponent < 0) ? "-" : "+") + ((abs < 10) ? "0" : "") + abs;
        }
        else {
            result = strip(
                    rounded.setScale(Math.max(0, precision - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString());
        }
        return upper ? result.toUpperCase(Locale.ROOT) : result;
    }

    private static String strip(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        String stripped = text.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\000");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

}
