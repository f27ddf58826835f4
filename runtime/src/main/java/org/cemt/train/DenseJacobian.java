package org.cemt.train;

/**
 * The two products of a cached dense Jacobian J [rows][cols] row-major (rows = 3N atom coordinates, cols = M·F
 * features) that force training needs, in double or float storage: Jᵀγ ({@link #addRowDots}) and J-weighted row
 * sums ({@link #addWeightedRows}). Four rows go through the inner loop together — independent accumulators instead
 * of one add chain, and one read-modify-write of the output per four rows — while every output element still sees
 * its terms in the order of the one-row loop (ascending column for a dot product, ascending row for a sum), each
 * product rounded before its add, so the results equal the plain loops bit for bit.
 */
final class DenseJacobian {
    private static final int GROUP = 4;

    private DenseJacobian() {
    }

    /** out[k] += Σ_q J[k][q]·g[gOff + q], q ascending, for every row k. J, g not modified. */
    static void addRowDots(double[] j, int rows, int cols, double[] g, int gOff, double[] out) {
        int k = 0;
        for (; k + GROUP <= rows; k += GROUP) {
            int r0 = k * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int q = 0; q < cols; q++) {
                double gq = g[gOff + q];
                s0 += j[r0 + q] * gq;
                s1 += j[r1 + q] * gq;
                s2 += j[r2 + q] * gq;
                s3 += j[r3 + q] * gq;
            }
            out[k] += s0;
            out[k + 1] += s1;
            out[k + 2] += s2;
            out[k + 3] += s3;
        }
        for (; k < rows; k++) {
            double s = 0;
            int r = k * cols;
            for (int q = 0; q < cols; q++) {
                s += j[r + q] * g[gOff + q];
            }
            out[k] += s;
        }
    }

    /** As {@link #addRowDots(double[], int, int, double[], int, double[])} for float storage. */
    static void addRowDots(float[] j, int rows, int cols, double[] g, int gOff, double[] out) {
        int k = 0;
        for (; k + GROUP <= rows; k += GROUP) {
            int r0 = k * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int q = 0; q < cols; q++) {
                double gq = g[gOff + q];
                s0 += j[r0 + q] * gq;
                s1 += j[r1 + q] * gq;
                s2 += j[r2 + q] * gq;
                s3 += j[r3 + q] * gq;
            }
            out[k] += s0;
            out[k + 1] += s1;
            out[k + 2] += s2;
            out[k + 3] += s3;
        }
        for (; k < rows; k++) {
            double s = 0;
            int r = k * cols;
            for (int q = 0; q < cols; q++) {
                s += j[r + q] * g[gOff + q];
            }
            out[k] += s;
        }
    }

    /**
     * out[off + q] = Σ_k J[k][q]·u[k] over the rows with u[k] ≠ 0, k ascending (rows with u[k] = 0 skipped, as a
     * force residual that is exactly zero adds nothing). J, u not modified; out[off, off + cols) overwritten.
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
        int i = 0;
        for (; i + GROUP <= count; i += GROUP) {
            int r0 = nz[i] * cols;
            int r1 = nz[i + 1] * cols;
            int r2 = nz[i + 2] * cols;
            int r3 = nz[i + 3] * cols;
            double u0 = u[nz[i]], u1 = u[nz[i + 1]], u2 = u[nz[i + 2]], u3 = u[nz[i + 3]];
            if (j != null) {
                for (int q = 0; q < cols; q++) {
                    double v = out[off + q];
                    v += j[r0 + q] * u0;
                    v += j[r1 + q] * u1;
                    v += j[r2 + q] * u2;
                    v += j[r3 + q] * u3;
                    out[off + q] = v;
                }
            } else {
                for (int q = 0; q < cols; q++) {
                    double v = out[off + q];
                    v += jf[r0 + q] * u0;
                    v += jf[r1 + q] * u1;
                    v += jf[r2 + q] * u2;
                    v += jf[r3 + q] * u3;
                    out[off + q] = v;
                }
            }
        }
        for (; i < count; i++) {
            int r = nz[i] * cols;
            double uk = u[nz[i]];
            if (j != null) {
                for (int q = 0; q < cols; q++) {
                    out[off + q] += j[r + q] * uk;
                }
            } else {
                for (int q = 0; q < cols; q++) {
                    out[off + q] += jf[r + q] * uk;
                }
            }
        }
    }
}
