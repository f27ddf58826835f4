package org.cemt.structure.io;

/**
 * Parses a real from a slice of a line without allocating. Short decimals (≤ 15 significant digits, decimal
 * exponent within ±22, what ASE writes) take Clinger's fast path: m·10^e or m/10^−e with m and 10^|e| exact
 * doubles, so one correctly rounded operation gives exactly what {@link Double#parseDouble} gives (W. D. Clinger,
 * "How to read floating point numbers accurately", PLDI 1990). Anything else falls back to Double.parseDouble.
 */
final class Reals {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Reals() {
    }

    /** The finite real in {@code s[from, to)}, or NaN if it is not a number or not finite. */
    static double parse(String s, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int digits = 0, scale = 0, exp = 0;
        boolean any = false;
        while (i < to && isDigit(s.charAt(i))) {
            m = 10 * m + (s.charAt(i++) - '0');
            any = true;
            if (m != 0) {
                digits++;
            }
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && isDigit(s.charAt(i))) {
                m = 10 * m + (s.charAt(i++) - '0');
                scale++;
                any = true;
                if (m != 0) {
                    digits++;
                }
            }
        }
        if (any && i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean eneg = false;
            if (j < to && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                eneg = s.charAt(j) == '-';
                j++;
            }
            int e = 0, ed = 0;
            while (j < to && isDigit(s.charAt(j)) && ed < 6) {
                e = 10 * e + (s.charAt(j++) - '0');
                ed++;
            }
            if (ed > 0 && ed < 6) {
                exp = eneg ? -e : e;
                i = j;
            } else {
                return slow(s, from, to);
            }
        }
        if (!any || i != to || digits > 15) {
            return slow(s, from, to);
        }
        int e10 = exp - scale;
        double v;
        if (e10 >= 0 && e10 <= 22) {
            v = m * POW10[e10];
        } else if (e10 < 0 && e10 >= -22) {
            v = m / POW10[-e10];
        } else {
            return slow(s, from, to);
        }
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        return neg ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double slow(String s, int from, int to) {
        return FrameHeader.parseFinite(s.substring(from, to));
    }
}
