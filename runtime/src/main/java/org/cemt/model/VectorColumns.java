package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GemmVector}'s batch-norm column sums over a block of rows. Rows are walked in order, each row's columns
 * [j0, end) as whole vectors, the running sums kept in s (in L1): one contiguous sweep of the block. Each lane is one
 * column summed over rows in order, products rounded before the add, exactly as {@link GemmScalar#columnSums}.
 */
final class VectorColumns {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorColumns() {
    }

    /** The sums of {@link GemmKernel#columnSums} for columns [j0, end); returns end, the first column not done. */
    static int sums(double[] a, double[] b, double[] mu, double[] s, int r0, int r1, int n, int j0, int j1) {
        int end = j0 + (j1 - j0) / L * L;
        if (b != null) {
            for (int p = r0; p < r1; p++) {
                int r = p * n;
                for (int j = j0; j < end; j += L) {
                    DoubleVector v = DoubleVector.fromArray(S, a, r + j).mul(DoubleVector.fromArray(S, b, r + j));
                    DoubleVector.fromArray(S, s, j).add(v).intoArray(s, j);
                }
            }
        } else if (mu != null) {
            for (int p = r0; p < r1; p++) {
                int r = p * n;
                for (int j = j0; j < end; j += L) {
                    DoubleVector d = DoubleVector.fromArray(S, a, r + j).sub(DoubleVector.fromArray(S, mu, j));
                    DoubleVector.fromArray(S, s, j).add(d.mul(d)).intoArray(s, j);
                }
            }
        } else {
            for (int p = r0; p < r1; p++) {
                int r = p * n;
                for (int j = j0; j < end; j += L) {
                    DoubleVector.fromArray(S, s, j).add(DoubleVector.fromArray(S, a, r + j)).intoArray(s, j);
                }
            }
        }
        return end;
    }
}
