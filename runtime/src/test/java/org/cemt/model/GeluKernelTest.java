package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact GELU of the hidden layers through the matrix kernels ({@link GemmKernel#gelu}): the Vector API lanes
 * equal the scalar {@link Erf#gelu} bit for bit on ragged lengths, shifted inputs and special values; values and φ'
 * match the closed form with the reference erf, φ' matches central differences of the values, and
 * {@link Activation#apply} agrees with {@link Activation#value} and {@link Activation#d1}; the same for φ''
 * ({@link GemmKernel#geluSecond}, the force term's second derivative).
 */
class GeluKernelTest {
    /** Zeros, tiny and huge values, infinities, NaN, and the seams of erf (½, 6) and e^{−x²} (6.5) at x = u/√2. */
    private static final double[] SPECIAL = {0.0, -0.0, 1e-300, -1e-300, Double.MIN_VALUE, 1e-8, -1e-8, 1, -1, 3, -3,
        Math.sqrt(2) * Erf.X0, -Math.sqrt(2) * Erf.X0, Math.nextDown(Math.sqrt(2) * Erf.X0), 6 * Math.sqrt(2),
        -6 * Math.sqrt(2), Math.nextDown(6 * Math.sqrt(2)), -Math.nextDown(6 * Math.sqrt(2)), 8.5, -8.5,
        6.5 * Math.sqrt(2), -Math.nextUp(6.5 * Math.sqrt(2)), 40, -40, 1e200, -1e200, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    /** The Vector API kernel; the tests run with the module (parent pom surefire.argLine). */
    private static GemmKernel vectorKernel() {
        GemmKernel vector = Gemm.vector();
        assertNotNull(vector, "tests run with --add-modules " + Gemm.MODULE + " (parent pom surefire.argLine)");
        return vector;
    }

    /** uFrom + len inputs: 15 % special values, else uniform in ±wide (15 %) or ±narrow (the rest). */
    private static double[] inputs(SplittableRandom r, int length, double wide, double narrow) {
        double[] u = new double[length];
        for (int i = 0; i < length; i++) {
            double p = r.nextDouble();
            u[i] = p < 0.15 ? SPECIAL[r.nextInt(SPECIAL.length)] : p < 0.3 ? wide * (2 * r.nextDouble() - 1)
                : narrow * (2 * r.nextDouble() - 1);
        }
        return u;
    }

    @Test
    void vectorAndScalarGeluAgreeBitForBit() {
        GemmKernel vector = vectorKernel();
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int len = 1 + r.nextInt(trial < 100 ? 40 : 600);
            int uFrom = r.nextInt(5);
            int from = r.nextInt(4);
            double[] u = inputs(r, uFrom + len, 20, 4);
            double[][] hs = new double[2][from + len];
            double[][] ds = new double[2][from + len];
            Gemm.scalar().gelu(u, uFrom, hs[0], ds[0], from, from + len);
            vector.gelu(u, uFrom, hs[1], ds[1], from, from + len);
            String what = "length " + len + ", u from " + uFrom + ", h from " + from;
            assertSameBits(hs[0], hs[1], u, uFrom - from, "h, " + what);
            assertSameBits(ds[0], ds[1], u, uFrom - from, "φ', " + what);
        }
    }

    @Test
    void vectorAndScalarSecondDerivativeAgreeBitForBitAndMatchTheClosedForm() {
        GemmKernel vector = vectorKernel();
        SplittableRandom r = new SplittableRandom(9);
        for (int trial = 0; trial < 200; trial++) {
            int len = 1 + r.nextInt(trial < 100 ? 40 : 1200);
            int uFrom = r.nextInt(5);
            int from = r.nextInt(4);
            double[] u = inputs(r, uFrom + len, 40, 12);
            double[][] d2 = new double[2][from + len];
            Gemm.scalar().geluSecond(u, uFrom, d2[0], from, from + len);
            vector.geluSecond(u, uFrom, d2[1], from, from + len);
            assertSameBits(d2[0], d2[1], u, uFrom - from, "φ'', length " + len + ", u from " + uFrom);
            double[] viaActivation = Activation.GELU.d2(u, uFrom, uFrom + len);
            for (int i = 0; i < len; i++) {
                double v = u[uFrom + i];
                if (Double.isNaN(v)) {
                    continue;
                }
                // φ'' = ϕ(u)(2 − u²); the array form, the scalar form and Math.exp agree
                assertEquals(Double.doubleToRawLongBits(Activation.GELU.d2(v)),
                    Double.doubleToRawLongBits(viaActivation[i]), "u = " + v);
                double closed = Math.abs(v) > 40 ? 0 : Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI) * (2 - v * v);
                assertEquals(closed, d2[0][from + i], 1e-15 * Math.max(1, Math.abs(closed)), "u = " + v);
            }
        }
        // φ''(0) = 2/√(2π), φ''(√2) = 0, and a central difference of φ' at u = 0.7
        assertEquals(2 / Math.sqrt(2 * Math.PI), Activation.GELU.d2(0.0), 1e-16);
        assertEquals(0.0, Activation.GELU.d2(Math.sqrt(2)), 1e-16);
        double h = 1e-5;
        assertEquals((Activation.GELU.d1(0.7 + h) - Activation.GELU.d1(0.7 - h)) / (2 * h), Activation.GELU.d2(0.7),
            1e-9);
    }

    @Test
    void valuesAndDerivativeMatchTheClosedFormWithReferenceErf() {
        SplittableRandom r = new SplittableRandom(8);
        int n = 20000;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 24 * r.nextDouble() - 12;
        }
        double[] h = new double[n];
        double[] d1 = new double[n];
        Activation.GELU.apply(u, h, d1, 0, n);
        double worstH = 0;
        double worstD = 0;
        for (int i = 0; i < n; i++) {
            // the formula the kernel replaced, with the slow reference erf and Math.exp
            double cdf = 0.5 * (1 + Erf.reference(u[i] / Math.sqrt(2)));
            double pdf = Math.exp(-0.5 * u[i] * u[i]) / Math.sqrt(2 * Math.PI);
            worstH = Math.max(worstH, Math.abs(h[i] - u[i] * cdf) / Math.max(1, Math.abs(u[i])));
            worstD = Math.max(worstD, Math.abs(d1[i] - (cdf + u[i] * pdf)));
            assertEquals(Double.doubleToRawLongBits(Activation.GELU.value(u[i])), Double.doubleToRawLongBits(h[i]));
            assertEquals(Double.doubleToRawLongBits(Activation.GELU.d1(u[i])), Double.doubleToRawLongBits(d1[i]));
        }
        assertTrue(worstH < 4e-16, "max |GELU − u·Φ|/max(1, |u|) = " + worstH);
        assertTrue(worstD < 6e-16, "max |φ' − (Φ + uϕ)| = " + worstD);
        // GELU(1) = Φ(1), GELU(−1) = −Φ(−1), Φ(1) = 0.841344746068542948585 (mpmath)
        assertEquals(0.841344746068542948585, Activation.GELU.value(1.0), 2e-16);
        assertEquals(-0.158655253931457051415, Activation.GELU.value(-1.0), 2e-16);
    }

    @Test
    void derivativeMatchesCentralDifferencesOfValues() {
        double step = 1e-5;
        int n = 401;
        double[] u = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double x = -10 + 20.0 * i / (n - 1);
            u[3 * i] = x - step;
            u[3 * i + 1] = x;
            u[3 * i + 2] = x + step;
        }
        double[] h = new double[u.length];
        double[] d1 = new double[u.length];
        Activation.GELU.apply(u, h, d1, 0, u.length);
        for (int i = 0; i < n; i++) {
            double fd = (h[3 * i + 2] - h[3 * i]) / (2 * step);
            assertEquals(fd, d1[3 * i + 1], 2e-10, "φ' at u = " + u[3 * i + 1]);
        }
        // not trivially flat: φ'(0) = ½, φ'(1) = Φ(1) + ϕ(1) = 1.0833154705876864 (mpmath), φ'(−2.5) < 0
        assertEquals(0.5, d1[3 * (n / 2) + 1], 1e-15);
        assertEquals(1.0833154705876864, d1[3 * 220 + 1], 4e-16);
        assertTrue(d1[3 * 150 + 1] < -0.03, "φ'(−2.5) = " + d1[3 * 150 + 1]);
    }

    /** Same bits, except that a NaN result need only be NaN on both sides (payloads are not specified). */
    private static void assertSameBits(double[] expected, double[] actual, double[] u, int shift, String what) {
        for (int i = 0; i < expected.length; i++) {
            boolean same = Double.doubleToRawLongBits(expected[i]) == Double.doubleToRawLongBits(actual[i])
                || Double.isNaN(expected[i]) && Double.isNaN(actual[i]);
            if (!same) {
                throw new AssertionError(what + ": element " + i + " (u = " + u[Math.max(0, i + shift)]
                    + "): expected " + expected[i] + ", found " + actual[i]);
            }
        }
    }
}
