package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The GEMM kernels keep the {@link GemmKernel} contract: every C(i, j) is the chain fma(A(i,q), B(q,j), ·) over
 * q = 0 … k−1 in order, so the Vector API and scalar kernels agree bit for bit (and with a plain loop) on ragged
 * shapes, both A layouts and any cut into tasks. The build runs tests with the vector module, so both are tested.
 */
class GemmKernelTest {
    private static final int[] SIZES = {1, 2, 3, 5, 7, 8, 9, 15, 17, 23, 24, 25, 31, 33, 47, 49, 64, 129, 150, 241};

    /** The contract written out: C(i,j) ← fma(A(i,q), B(q,j), C(i,j)), q ascending. */
    private static double[] plain(double[] a, int rs, int cs, double[] b, double[] c0, int m, int k, int n) {
        double[] c = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = c[i * n + j];
                for (int q = 0; q < k; q++) {
                    s = Math.fma(a[i * rs + q * cs], b[q * n + j], s);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @Test
    void vectorAndScalarKernelsAgreeBitForBitOnRaggedShapes() {
        GemmKernel vector = Gemm.vector();
        assertNotNull(vector, "tests run with --add-modules " + Gemm.MODULE + " (parent pom surefire.argLine)");
        SplittableRandom r = new SplittableRandom(11);
        int cases = 0;
        for (int trial = 0; trial < 60; trial++) {
            int m = SIZES[r.nextInt(SIZES.length)];
            int k = SIZES[r.nextInt(SIZES.length)];
            int n = SIZES[r.nextInt(SIZES.length)];
            double[] a = random(m * k, r);
            double[] b = random(k * n, r);
            double[] c0 = random(m * n, r);
            for (boolean transposed : new boolean[] {false, true}) {
                int rs = transposed ? 1 : k;
                int cs = transposed ? m : 1;
                double[] expected = plain(a, rs, cs, b, c0, m, k, n);
                for (GemmKernel kernel : new GemmKernel[] {Gemm.scalar(), vector}) {
                    for (int threads : new int[] {1, 3}) {
                        double[] c = c0.clone();
                        Gemm.run(kernel, new Parallel(threads), a, rs, cs, b, c, m, k, n);
                        assertBitIdentical(expected, c, kernel.description() + " " + m + "×" + k + "×" + n
                            + (transposed ? " Aᵀ" : "") + ", " + threads + " threads");
                    }
                }
                cases++;
            }
        }
        assertEquals(120, cases);
    }

    @Test
    void largeLayerShapesAgreeAndFmaOrderMatters() {
        // the SNN's first layer (points × 241 → 512) and its weight gradient (512 × points → 241)
        SplittableRandom r = new SplittableRandom(3);
        int m = 70;
        int k = 241;
        int n = 512;
        double[] a = random(m * k, r);
        double[] b = random(k * n, r);
        double[] c1 = kernelsAgree(a, k, 1, b, m, k, n, "70×241×512");
        // a different order (q descending) changes some last bits: the identity above is not vacuous
        double s = 0;
        for (int q = k - 1; q >= 0; q--) {
            s = Math.fma(a[q], b[q * n], s);
        }
        assertNotEquals(Double.doubleToRawLongBits(c1[0]), Double.doubleToRawLongBits(s),
            "descending order happened to agree; pick another seed");
        double[] in = random(m * 241, r);
        double[] adj = random(m * n, r);
        kernelsAgree(adj, 1, n, in, n, m, 241, "weight gradient 512×70×241");
    }

    @Test
    void tallProductsPackPerBlockAndOverwritingProductsIgnoreOldValues() {
        SplittableRandom r = new SplittableRandom(4);
        // a weight gradient with many more points than rows (Gemm packs B per task and k-block): 40 × 600 → 241
        int rows = 40;
        int points = 600;
        int k = 241;
        double[] adj = random(points * rows, r);
        double[] in = random(points * k, r);
        double[] u1 = kernelsAgree(adj, 1, rows, in, rows, points, k, "tall weight gradient 40×600×241");
        double plain = 0;
        for (int p = 0; p < points; p++) {
            plain = Math.fma(adj[p * rows + 7], in[p * k + 200], plain);
        }
        assertEquals(plain, u1[7 * k + 200], 0.0, "C(7, 200) is its fma chain over the points in order");
        // C = A·B over old values equals C += A·B on zeros, bit for bit
        int m = 77;
        int n = 45;
        double[] a = random(m * k, r);
        double[] b = random(k * n, r);
        double[] expected = new double[m * n];
        Gemm.run(Gemm.scalar(), new Parallel(1), a, k, 1, b, expected, m, k, n);
        double[] c = random(m * n, r);
        Gemm.mul(new Parallel(3), a, b, c, m, k, n);
        assertBitIdentical(expected, c, "overwriting product 77×241×45");
        // every kernel honours overwrite for a transposed A too (packed A, narrow blocks, scalar column tails)
        double[] at = random(k * m, r);
        double[] expectedT = new double[m * n];
        Gemm.run(Gemm.scalar(), new Parallel(1), at, 1, m, b, expectedT, m, k, n);
        for (GemmKernel kernel : new GemmKernel[] {Gemm.scalar(), Gemm.vector()}) {
            double[] ct = random(m * n, r);
            kernel.rows(at, 1, m, b, kernel.pack(new Parallel(1), b, k, n), ct, k, n, 0, m, true);
            assertBitIdentical(expectedT, ct, kernel.description() + " overwriting product, transposed A");
        }
    }

    @Test
    void columnSumsAgreeBitForBitAndMatchPlainSums() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 30; trial++) {
            int rows = SIZES[r.nextInt(SIZES.length)];
            int n = SIZES[r.nextInt(SIZES.length)];
            int j0 = r.nextInt(n);
            int j1 = j0 + 1 + r.nextInt(n - j0);
            int r0 = r.nextInt(rows);
            int r1 = r0 + 1 + r.nextInt(rows - r0);
            double[] a = random(rows * n, r);
            double[] b = random(rows * n, r);
            double[] mu = random(n, r);
            double[] bias = random(n, r);
            for (int mode = 0; mode < 4; mode++) {
                double[] bb = mode == 1 ? b : null;
                double[] mm = mode == 2 ? mu : null;
                double[] expected = new double[n];
                double[] expectedA = a.clone();
                for (int j = j0; j < j1; j++) {
                    for (int p = r0; p < r1; p++) {
                        double v = a[p * n + j];
                        double d = mm == null ? 0 : v - mm[j];
                        if (mode == 3) {
                            v += bias[j];
                            expectedA[p * n + j] = v;
                        }
                        expected[j] += bb != null ? v * bb[p * n + j] : mm != null ? d * d : v;
                    }
                }
                for (GemmKernel kernel : new GemmKernel[] {Gemm.scalar(), Gemm.vector()}) {
                    double[] s = new double[n];
                    double[] a1 = a.clone();
                    if (mode == 3) {
                        kernel.biasAndSums(a1, bias, s, r0, r1, n, j0, j1);
                    } else {
                        kernel.columnSums(a1, bb, mm, s, r0, r1, n, j0, j1);
                    }
                    String what = kernel.description() + " column sums mode " + mode + ", rows [" + r0 + ", " + r1
                        + ") of " + rows + "×" + n + " [" + j0 + ", " + j1 + ")";
                    assertBitIdentical(expected, s, what);
                    assertBitIdentical(expectedA, a1, what + ", a");
                }
            }
        }
    }

    @Test
    void kernelChoiceFollowsTheSystemPropertyAndTheModule() {
        assertEquals("scalar (-Dcemt.gemm=scalar)", Gemm.choose("scalar").description());
        assertTrue(Gemm.choose("vector").description().startsWith("vector, "), Gemm.choose("vector").description());
        assertTrue(Gemm.choose("auto").kernel() instanceof GemmVector);
        assertEquals("scalar (-Dcemt.gemm=simd: expected scalar, vector or auto)",
            Gemm.choose("simd").description());
        assertEquals(Gemm.choose(System.getProperty("cemt.gemm", "auto")).description(), Snn.matrixKernel());
    }

    /**
     * C = A·B (A(i, q) = a[i·rs + q·cs]) by the scalar kernel on one thread and by the vector kernel on two, which
     * must agree bit for bit; returns C.
     */
    private static double[] kernelsAgree(double[] a, int rs, int cs, double[] b, int m, int k, int n, String what) {
        double[] c1 = new double[m * n];
        double[] c2 = new double[m * n];
        Gemm.run(Gemm.scalar(), new Parallel(1), a, rs, cs, b, c1, m, k, n);
        Gemm.run(Gemm.vector(), new Parallel(2), a, rs, cs, b, c2, m, k, n);
        assertBitIdentical(c1, c2, what);
        return c1;
    }

    /** Fails unless the two arrays hold the same bits, naming the first differing element. */
    static void assertBitIdentical(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError(what + ": element " + i + ": expected " + expected[i] + ", found "
                    + actual[i]);
            }
        }
    }

    /** len uniform numbers in [−0.5, 0.5). */
    static double[] random(int len, SplittableRandom r) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        return x;
    }
}
