package org.cemt.structure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The allocation-free number parser gives bit for bit what Double.parseDouble gives, and refuses what it should. */
class RealsTest {
    private static void same(String s) {
        String line = "  " + s + " ";
        double want = Double.parseDouble(s);
        double got = Reals.parse(line, 2, 2 + s.length());
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), s);
    }

    @Test
    void agreesWithParseDoubleBitForBit() {
        Random r = new Random(3);
        for (int i = 0; i < 20000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
            same(Double.toString(v));
            same(String.format(Locale.ROOT, "%.8f", v));
            same(String.format(Locale.ROOT, "%.10f", v));
            same(String.format(Locale.ROOT, "%.17g", v));
            same(String.format(Locale.ROOT, "%.6e", v));
            StringBuilder digits = new StringBuilder(r.nextBoolean() ? "-" : "");
            int n = 1 + r.nextInt(22);
            for (int k = 0; k < n; k++) {
                digits.append((char) ('0' + r.nextInt(10)));
            }
            digits.insert(digits.length() - r.nextInt(n), '.');
            same(digits.toString());
            same(digits + "e" + (r.nextInt(60) - 30));
        }
        for (String s : new String[] {"0", "-0.0", "+1.5", "1.", ".5", "1e5", "1E-5", "123456789012345",
            "1234567890123456789", "4.9e-324", "1.7976931348623157e308", "0.1", "-1077.020569603596"}) {
            same(s);
        }
    }

    @Test
    void refusesTextAndNonFiniteValues() {
        for (String s : new String[] {"", "-", ".", "e5", "1e", "1e+", "abc", "1.5f", "2d", "NaN", "nan", "inf",
            "Infinity", "-Infinity", "1e400", "0x1p3", "1..2", "1e5.5", "--1"}) {
            assertTrue(Double.isNaN(Reals.parse(s, 0, s.length())), s);
        }
    }
}
