package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GemmVector}'s batch-norm column sums: four vectors of columns accumulated in registers over all rows (one
 * loop per term, so the JIT keeps every vector in a register). Each lane is one column summed over rows in order,
 * products rounded before the add, exactly as {@link GemmScalar#columnSums}.
 */
final class VectorColumns {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorColumns() {
    }

    /** The sums of {@link GemmKernel#columnSums} for columns [j0, end); returns end, the first column not done. */
    static int sums(double[] a, double[] b, double[] mu, double[] s, int rows, int n, int j0, int j1) {
        int j = j0;
        for (; j + 4 * L <= j1; j += 4 * L) {
            if (b != null) {
                products(a, b, s, rows, n, j);
            } else if (mu != null) {
                squares(a, mu, s, rows, n, j);
            } else {
                sums(a, s, rows, n, j);
            }
        }
        return j;
    }

    private static void sums(double[] a, double[] s, int rows, int n, int j) {
        DoubleVector x0 = DoubleVector.fromArray(S, s, j);
        DoubleVector x1 = DoubleVector.fromArray(S, s, j + L);
        DoubleVector x2 = DoubleVector.fromArray(S, s, j + 2 * L);
        DoubleVector x3 = DoubleVector.fromArray(S, s, j + 3 * L);
        for (int p = 0; p < rows; p++) {
            int r = p * n + j;
            x0 = x0.add(DoubleVector.fromArray(S, a, r));
            x1 = x1.add(DoubleVector.fromArray(S, a, r + L));
            x2 = x2.add(DoubleVector.fromArray(S, a, r + 2 * L));
            x3 = x3.add(DoubleVector.fromArray(S, a, r + 3 * L));
        }
        x0.intoArray(s, j);
        x1.intoArray(s, j + L);
        x2.intoArray(s, j + 2 * L);
        x3.intoArray(s, j + 3 * L);
    }

    private static void products(double[] a, double[] b, double[] s, int rows, int n, int j) {
        DoubleVector x0 = DoubleVector.fromArray(S, s, j);
        DoubleVector x1 = DoubleVector.fromArray(S, s, j + L);
        DoubleVector x2 = DoubleVector.fromArray(S, s, j + 2 * L);
        DoubleVector x3 = DoubleVector.fromArray(S, s, j + 3 * L);
        for (int p = 0; p < rows; p++) {
            int r = p * n + j;
            x0 = x0.add(DoubleVector.fromArray(S, a, r).mul(DoubleVector.fromArray(S, b, r)));
            x1 = x1.add(DoubleVector.fromArray(S, a, r + L).mul(DoubleVector.fromArray(S, b, r + L)));
            x2 = x2.add(DoubleVector.fromArray(S, a, r + 2 * L).mul(DoubleVector.fromArray(S, b, r + 2 * L)));
            x3 = x3.add(DoubleVector.fromArray(S, a, r + 3 * L).mul(DoubleVector.fromArray(S, b, r + 3 * L)));
        }
        x0.intoArray(s, j);
        x1.intoArray(s, j + L);
        x2.intoArray(s, j + 2 * L);
        x3.intoArray(s, j + 3 * L);
    }

    private static void squares(double[] a, double[] mu, double[] s, int rows, int n, int j) {
        DoubleVector x0 = DoubleVector.fromArray(S, s, j);
        DoubleVector x1 = DoubleVector.fromArray(S, s, j + L);
        DoubleVector x2 = DoubleVector.fromArray(S, s, j + 2 * L);
        DoubleVector x3 = DoubleVector.fromArray(S, s, j + 3 * L);
        DoubleVector m0 = DoubleVector.fromArray(S, mu, j);
        DoubleVector m1 = DoubleVector.fromArray(S, mu, j + L);
        DoubleVector m2 = DoubleVector.fromArray(S, mu, j + 2 * L);
        DoubleVector m3 = DoubleVector.fromArray(S, mu, j + 3 * L);
        for (int p = 0; p < rows; p++) {
            int r = p * n + j;
            DoubleVector d0 = DoubleVector.fromArray(S, a, r).sub(m0);
            DoubleVector d1 = DoubleVector.fromArray(S, a, r + L).sub(m1);
            DoubleVector d2 = DoubleVector.fromArray(S, a, r + 2 * L).sub(m2);
            DoubleVector d3 = DoubleVector.fromArray(S, a, r + 3 * L).sub(m3);
            x0 = x0.add(d0.mul(d0));
            x1 = x1.add(d1.mul(d1));
            x2 = x2.add(d2.mul(d2));
            x3 = x3.add(d3.mul(d3));
        }
        x0.intoArray(s, j);
        x1.intoArray(s, j + L);
        x2.intoArray(s, j + 2 * L);
        x3.intoArray(s, j + 3 * L);
    }
}
