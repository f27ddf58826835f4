package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fused batch-norm passes of {@link SnnColumns} give exactly (bit for bit) what the separate passes they replace
 * give — ū = h̄·φ₁ then Σū·x̂ and Σū; ā = rstd·(γū − m1 − x̂·m2) then Σā, each sum over fixed blocks of 64 rows
 * (rows ascending), the blocks' sums then added in order — on the scalar and the Vector API kernel, on ragged widths
 * and any thread count; and the blocked {@link SnnColumns#sums} agree with plain sums to rounding.
 */
class FusedColumnPassesTest {
    private static final int[] WIDTHS = {1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65, 130, 512};

    @Test
    void fusedPassesEqualTheSeparatePassesBitForBit() {
        GemmKernel vector = Gemm.vector();
        assertNotNull(vector, "tests run with --add-modules " + Gemm.MODULE + " (parent pom surefire.argLine)");
        SplittableRandom r = new SplittableRandom(23);
        for (int trial = 0; trial < 24; trial++) {
            int n = WIDTHS[r.nextInt(WIDTHS.length)];
            int rows = 1 + r.nextInt(200);
            double[] a = GemmKernelTest.random(rows * n, r);
            double[] d1 = GemmKernelTest.random(rows * n, r);
            double[] xh = GemmKernelTest.random(rows * n, r);
            double[] rs = GemmKernelTest.random(n, r);
            double[] gamma = GemmKernelTest.random(n, r);
            double[] m1 = GemmKernelTest.random(n, r);
            double[] m2 = GemmKernelTest.random(n, r);
            // the separate passes, written out (each column summed over rows in order, products rounded)
            double[] uRef = a.clone();
            double[] sXh = new double[n];
            double[] s = new double[n];
            double[] vRef = a.clone();
            double[] sv = new double[n];
            for (int i = 0; i < rows * n; i++) {
                uRef[i] *= d1[i];
                int j = i % n;
                vRef[i] = rs[j] * (gamma[j] * vRef[i] - m1[j] - xh[i] * m2[j]);
            }
            double[] plain = new double[n];
            for (int j = 0; j < n; j++) {
                for (int b0 = 0; b0 < rows; b0 += 64) {
                    double bx = 0;
                    double bs = 0;
                    double bv = 0;
                    for (int p = b0; p < Math.min(rows, b0 + 64); p++) {
                        int i = p * n + j;
                        bx += uRef[i] * xh[i];
                        bs += uRef[i];
                        bv += vRef[i];
                        plain[j] += uRef[i];
                    }
                    sXh[j] += bx;
                    s[j] += bs;
                    sv[j] += bv;
                }
            }
            for (Gemm.Choice choice : new Gemm.Choice[] {Gemm.choose("scalar"), Gemm.choose("vector")}) {
                for (int threads : new int[] {1, 3}) {
                    Gemm.Choice previous = Gemm.use(choice);
                    try {
                        Parallel par = new Parallel(threads);
                        String what = choice.description() + ", " + threads + " threads, " + rows + "×" + n;
                        double[] blocked = SnnColumns.sums(par, uRef, null, rows, n);
                        GemmKernelTest.assertBitIdentical(s, blocked, "blocked sums " + what);
                        for (int j = 0; j < n; j++) {
                            assertEquals(plain[j], blocked[j], 1e-13 * rows, "blocked against plain sum " + what);
                        }
                        double[] u1 = a.clone();
                        double[] sXh1 = new double[n];
                        double[] s1 = new double[n];
                        SnnColumns.adjointAndSums(par, u1, d1, xh, sXh1, s1, rows, n);
                        GemmKernelTest.assertBitIdentical(uRef, u1, "ū " + what);
                        GemmKernelTest.assertBitIdentical(sXh, sXh1, "Σū·x̂ " + what);
                        GemmKernelTest.assertBitIdentical(s, s1, "Σū " + what);
                        double[] v1 = a.clone();
                        double[] sv1 = new double[n];
                        SnnColumns.Normalized normalized = new SnnColumns.Normalized(v1, xh, rs, gamma, m1, m2, rows, n);
                        par.forRanges(rows, BlockMoments.BLOCK, normalized);
                        normalized.addTo(sv1);
                        GemmKernelTest.assertBitIdentical(vRef, v1, "ā " + what);
                        GemmKernelTest.assertBitIdentical(sv, sv1, "Σā " + what);
                    } finally {
                        Gemm.use(previous);
                    }
                }
            }
        }
    }
}
