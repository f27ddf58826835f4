package org.cemt.train;

/**
 * The two products of a cached dense Jacobian J [rows][cols] row-major (rows = 3N atom coordinates, cols = M·F
 * features) that force training needs: Jᵀγ ({@link #addRowDots}) and u-weighted row sums ({@link #weightedRows}).
 * J is stored in double or in float (one of the two arrays non-null; float rows are widened exactly, four at a
 * time, into a scratch buffer). Four rows go through the inner loop together — independent accumulators instead of
 * one add chain, and one read-modify-write of the output per four rows — while every output element still sees its
 * terms in the order of the one-row loop (ascending column for a dot product, ascending row for a sum), each product
 * rounded before its add, so the results equal the plain loops bit for bit.
 */
final class DenseJacobian {
    private static final int GROUP = 4;

    private DenseJacobian() {
    }

    /** out[k] += Σ_q J[k][q]·g[gOff + q], q ascending, for every row k. J, g not modified. */
    static void addRowDots(double[] j, float[] jf, int rows, int cols, double[] g, int gOff, double[] out) {
        double[] scratch = j == null ? new double[GROUP * cols] : null;
        for (int k = 0; k < rows; k += GROUP) {
            int group = Math.min(GROUP, rows - k);
            double[] src = j != null ? j : widen(jf, k, group, cols, scratch, 0);
            int r0 = j != null ? k * cols : 0;
            if (group == GROUP) {
                int r1 = r0 + cols;
                int r2 = r1 + cols;
                int r3 = r2 + cols;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int q = 0; q < cols; q++) {
                    double gq = g[gOff + q];
                    s0 += src[r0 + q] * gq;
                    s1 += src[r1 + q] * gq;
                    s2 += src[r2 + q] * gq;
                    s3 += src[r3 + q] * gq;
                }
                out[k] += s0;
                out[k + 1] += s1;
                out[k + 2] += s2;
                out[k + 3] += s3;
                continue;
            }
            for (int i = 0; i < group; i++) {
                double s = 0;
                int r = r0 + i * cols;
                for (int q = 0; q < cols; q++) {
                    s += src[r + q] * g[gOff + q];
                }
                out[k + i] += s;
            }
        }
    }

    /**
     * out[off + q] = Σ_k J[k][q]·u[k] over the rows with u[k] ≠ 0, k ascending (a force residual that is exactly
     * zero adds nothing). J, u not modified; out[off, off + cols) overwritten.
     */
    static void weightedRows(double[] j, float[] jf, int rows, int cols, double[] u, double[] out, int off) {
        java.util.Arrays.fill(out, off, off + cols, 0);
        int[] nz = new int[rows];
        int count = 0;
        for (int k = 0; k < rows; k++) {
            if (u[k] != 0) {
                nz[count++] = k;
            }
        }
        double[] scratch = j == null ? new double[GROUP * cols] : null;
        int[] r = new int[GROUP];
        for (int i = 0; i < count; i += GROUP) {
            int group = Math.min(GROUP, count - i);
            double[] src = j;
            for (int g = 0; g < group; g++) {
                if (j != null) {
                    r[g] = nz[i + g] * cols;
                } else {
                    src = widen(jf, nz[i + g], 1, cols, scratch, g * cols);
                    r[g] = g * cols;
                }
            }
            if (group == GROUP) {
                double u0 = u[nz[i]], u1 = u[nz[i + 1]], u2 = u[nz[i + 2]], u3 = u[nz[i + 3]];
                for (int q = 0; q < cols; q++) {
                    double v = out[off + q];
                    v += src[r[0] + q] * u0;
                    v += src[r[1] + q] * u1;
                    v += src[r[2] + q] * u2;
                    v += src[r[3] + q] * u3;
                    out[off + q] = v;
                }
                continue;
            }
            for (int g = 0; g < group; g++) {
                double uk = u[nz[i + g]];
                for (int q = 0; q < cols; q++) {
                    out[off + q] += src[r[g] + q] * uk;
                }
            }
        }
    }

    /** Rows [k, k + count) of a float J widened (exactly) into scratch from index at; returns scratch. */
    private static double[] widen(float[] jf, int k, int count, int cols, double[] scratch, int at) {
        int from = k * cols;
        for (int q = 0; q < count * cols; q++) {
            scratch[at + q] = jf[from + q];
        }
        return scratch;
    }
}
