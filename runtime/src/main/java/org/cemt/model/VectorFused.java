package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GemmVector}'s fused batch-norm column passes ({@link GemmKernel#biasAndSums},
 * {@link GemmKernel#adjointAndSums}, {@link GemmKernel#normalizedAdjointAndSums}): a block of columns kept in
 * registers over all rows, as {@link VectorColumns}. Lanes are columns, each summed over rows in order with the
 * scalar default's operations (no fma), so the results equal the scalar kernel's bit for bit.
 */
final class VectorFused {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorFused() {
    }

    /** Columns [j0, end) of {@link GemmKernel#biasAndSums}, 2L at a time; returns end. */
    static int biasAndSums(double[] a, double[] b, double[] s, int rows, int n, int j0, int j1) {
        int j = j0;
        for (; j + 2 * L <= j1; j += 2 * L) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, j);
            DoubleVector b1 = DoubleVector.fromArray(S, b, j + L);
            DoubleVector x0 = DoubleVector.fromArray(S, s, j);
            DoubleVector x1 = DoubleVector.fromArray(S, s, j + L);
            for (int p = 0; p < rows; p++) {
                int r = p * n + j;
                DoubleVector v0 = DoubleVector.fromArray(S, a, r).add(b0);
                DoubleVector v1 = DoubleVector.fromArray(S, a, r + L).add(b1);
                v0.intoArray(a, r);
                v1.intoArray(a, r + L);
                x0 = x0.add(v0);
                x1 = x1.add(v1);
            }
            x0.intoArray(s, j);
            x1.intoArray(s, j + L);
        }
        return j;
    }

    /** Columns [j0, end) of {@link GemmKernel#adjointAndSums}, 2L at a time; returns end. */
    static int adjointAndSums(double[] hb, double[] d1, double[] xh, double[] sXh, double[] s, int rows, int n,
                              int j0, int j1) {
        int j = j0;
        for (; j + 2 * L <= j1; j += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, sXh, j);
            DoubleVector x1 = DoubleVector.fromArray(S, sXh, j + L);
            DoubleVector y0 = DoubleVector.fromArray(S, s, j);
            DoubleVector y1 = DoubleVector.fromArray(S, s, j + L);
            for (int p = 0; p < rows; p++) {
                int r = p * n + j;
                DoubleVector v0 = DoubleVector.fromArray(S, hb, r).mul(DoubleVector.fromArray(S, d1, r));
                DoubleVector v1 = DoubleVector.fromArray(S, hb, r + L).mul(DoubleVector.fromArray(S, d1, r + L));
                v0.intoArray(hb, r);
                v1.intoArray(hb, r + L);
                x0 = x0.add(v0.mul(DoubleVector.fromArray(S, xh, r)));
                x1 = x1.add(v1.mul(DoubleVector.fromArray(S, xh, r + L)));
                y0 = y0.add(v0);
                y1 = y1.add(v1);
            }
            x0.intoArray(sXh, j);
            x1.intoArray(sXh, j + L);
            y0.intoArray(s, j);
            y1.intoArray(s, j + L);
        }
        return j;
    }

    /** Columns [j0, end) of {@link GemmKernel#normalizedAdjointAndSums}, L at a time; returns end. */
    static int normalizedAdjointAndSums(double[] u, double[] xh, double[] rs, double[] gamma, double[] m1,
                                        double[] m2, double[] s, int rows, int n, int j0, int j1) {
        int j = j0;
        for (; j + L <= j1; j += L) {
            DoubleVector r0 = DoubleVector.fromArray(S, rs, j);
            DoubleVector g0 = DoubleVector.fromArray(S, gamma, j);
            DoubleVector a0 = DoubleVector.fromArray(S, m1, j);
            DoubleVector b0 = DoubleVector.fromArray(S, m2, j);
            DoubleVector x0 = DoubleVector.fromArray(S, s, j);
            for (int p = 0; p < rows; p++) {
                int r = p * n + j;
                DoubleVector v = r0.mul(g0.mul(DoubleVector.fromArray(S, u, r)).sub(a0)
                    .sub(DoubleVector.fromArray(S, xh, r).mul(b0)));
                v.intoArray(u, r);
                x0 = x0.add(v);
            }
            x0.intoArray(s, j);
        }
        return j;
    }
}
