package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GemmVector}'s fused batch-norm column passes ({@link GemmKernel#biasAndSums},
 * {@link GemmKernel#adjointAndSums}, {@link GemmKernel#normalizedAdjointAndSums}): a block's rows walked in order,
 * each row's columns as whole vectors, running sums kept in their arrays (in L1), as {@link VectorColumns}. Lanes
 * are columns, each summed over rows in order with the scalar default's operations (no fma), so the results equal
 * the scalar kernel's bit for bit.
 */
final class VectorFused {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorFused() {
    }

    /** Columns [j0, end) of {@link GemmKernel#biasAndSums}, whole vectors; returns end. */
    static int biasAndSums(double[] a, double[] b, double[] s, int r0, int r1, int n, int j0, int j1) {
        int end = j0 + (j1 - j0) / L * L;
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < end; j += L) {
                DoubleVector v = DoubleVector.fromArray(S, a, r + j).add(DoubleVector.fromArray(S, b, j));
                v.intoArray(a, r + j);
                DoubleVector.fromArray(S, s, j).add(v).intoArray(s, j);
            }
        }
        return end;
    }

    /** Columns [j0, end) of {@link GemmKernel#adjointAndSums}, whole vectors; returns end. */
    static int adjointAndSums(double[] hb, double[] d1, double[] xh, double[] sXh, double[] s, int r0, int r1,
                              int n, int j0, int j1) {
        int end = j0 + (j1 - j0) / L * L;
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < end; j += L) {
                DoubleVector v = DoubleVector.fromArray(S, hb, r + j).mul(DoubleVector.fromArray(S, d1, r + j));
                v.intoArray(hb, r + j);
                DoubleVector.fromArray(S, sXh, j).add(v.mul(DoubleVector.fromArray(S, xh, r + j))).intoArray(sXh, j);
                DoubleVector.fromArray(S, s, j).add(v).intoArray(s, j);
            }
        }
        return end;
    }

    /** Columns [j0, end) of {@link GemmKernel#normalizedAdjointAndSums}, whole vectors; returns end. */
    static int normalizedAdjointAndSums(double[] u, double[] xh, double[] rs, double[] gamma, double[] m1,
                                        double[] m2, double[] s, int r0, int r1, int n, int j0, int j1) {
        int end = j0 + (j1 - j0) / L * L;
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < end; j += L) {
                DoubleVector v = DoubleVector.fromArray(S, rs, j).mul(DoubleVector.fromArray(S, gamma, j)
                    .mul(DoubleVector.fromArray(S, u, r + j)).sub(DoubleVector.fromArray(S, m1, j))
                    .sub(DoubleVector.fromArray(S, xh, r + j).mul(DoubleVector.fromArray(S, m2, j))));
                v.intoArray(u, r + j);
                DoubleVector.fromArray(S, s, j).add(v).intoArray(s, j);
            }
        }
        return end;
    }
}
