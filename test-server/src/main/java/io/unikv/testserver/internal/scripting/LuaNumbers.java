package io.unikv.testserver.internal.scripting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as Lua 5.1 prints them ({@code %.14g}), which cjson also uses. Stateless.
 *
 * @author unikv authors
 */
final class LuaNumbers {

    private static final MathContext FOURTEEN = new MathContext(14, RoundingMode.HALF_EVEN);

    private LuaNumbers() {
    }

    static String format(double value) {
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (value == 0) {
            return ((Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOURTEEN);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 14) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.setScale(13, RoundingMode.HALF_EVEN).toPlainString());
            String sign = (exponent < 0) ? "-" : "+";
            int abs = Math.abs(exponent);
            return digits + "e" + sign + ((abs < 10) ? "0" : "") + abs;
        }
        return stripZeros(rounded.setScale(Math.max(0, 13 - exponent), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String stripZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        String stripped = text.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

}
