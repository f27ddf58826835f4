package org.cemt.model;

/**
 * The matrix product of a dense network, C += A·B row-major (forward with Wᵀ, back-propagation with W, weight
 * gradients with the adjoints transposed), as blocked multiply-adds whose inner loop runs over contiguous memory so
 * the JIT vectorises it: eight rows of B per sweep over two rows of C, fused multiply-adds (Math.fma; measured
 * 11.6 GFLOP/s per core against 9.2 for one row, 7.3 for separate multiply and add, 5 for a plain axpy). Each output row is owned by one task and summed
 * in a fixed order, so results do not depend on the thread count.
 */
final class Gemm {
    /** Points per float partial sum of a weight gradient (see {@link Precision#FLOAT32}). */
    static final int FLOAT_BLOCK = 256;
    private static final int K_BLOCK = 64;
    private static final int ROWS_PER_TASK = 32;

    private Gemm() {
    }

    /** C[m][n] += A[m][k]·B[k][n]. A, B not modified; C modified. */
    static void mulAdd(Parallel par, double[] a, double[] b, double[] c, int m, int k, int n) {
        par.forRanges(m, ROWS_PER_TASK, (r0, r1) -> mulAddRows(a, b, c, k, n, r0, r1));
    }

    /** Float operands and accumulation: C[m][n] += A[m][k]·B[k][n]. */
    static void mulAdd(Parallel par, float[] a, float[] b, float[] c, int m, int k, int n) {
        par.forRanges(m, ROWS_PER_TASK, (r0, r1) -> mulAddRows(a, b, c, k, n, r0, r1));
    }

    private static void mulAddRows(double[] a, double[] b, double[] c, int k, int n, int r0, int r1) {
        for (int k0 = 0; k0 < k; k0 += K_BLOCK) {
            int k1 = Math.min(k, k0 + K_BLOCK);
            int i = r0;
            for (; i + 2 <= r1; i += 2) {
                int ci = i * n;
                int cj = ci + n;
                int ai = i * k;
                int aj = ai + k;
                int kk = k0;
                for (; kk + 8 <= k1; kk += 8) {
                    double a0 = a[ai + kk + 0];
                    double e0 = a[aj + kk + 0];
                    double a1 = a[ai + kk + 1];
                    double e1 = a[aj + kk + 1];
                    double a2 = a[ai + kk + 2];
                    double e2 = a[aj + kk + 2];
                    double a3 = a[ai + kk + 3];
                    double e3 = a[aj + kk + 3];
                    double a4 = a[ai + kk + 4];
                    double e4 = a[aj + kk + 4];
                    double a5 = a[ai + kk + 5];
                    double e5 = a[aj + kk + 5];
                    double a6 = a[ai + kk + 6];
                    double e6 = a[aj + kk + 6];
                    double a7 = a[ai + kk + 7];
                    double e7 = a[aj + kk + 7];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        double x0 = b[b0 + j];
                        double x1 = b[b0 + 1 * n + j];
                        double x2 = b[b0 + 2 * n + j];
                        double x3 = b[b0 + 3 * n + j];
                        double x4 = b[b0 + 4 * n + j];
                        double x5 = b[b0 + 5 * n + j];
                        double x6 = b[b0 + 6 * n + j];
                        double x7 = b[b0 + 7 * n + j];
                        double s = Math.fma(a0, x0, c[ci + j]);
                        double u = Math.fma(e0, x0, c[cj + j]);
                        s = Math.fma(a1, x1, s);
                        u = Math.fma(e1, x1, u);
                        s = Math.fma(a2, x2, s);
                        u = Math.fma(e2, x2, u);
                        s = Math.fma(a3, x3, s);
                        u = Math.fma(e3, x3, u);
                        s = Math.fma(a4, x4, s);
                        u = Math.fma(e4, x4, u);
                        s = Math.fma(a5, x5, s);
                        u = Math.fma(e5, x5, u);
                        s = Math.fma(a6, x6, s);
                        u = Math.fma(e6, x6, u);
                        c[ci + j] = Math.fma(a7, x7, s);
                        c[cj + j] = Math.fma(e7, x7, u);
                    }
                }
                for (; kk < k1; kk++) {
                    double a0 = a[ai + kk];
                    double e0 = a[aj + kk];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = Math.fma(a0, b[b0 + j], c[ci + j]);
                        c[cj + j] = Math.fma(e0, b[b0 + j], c[cj + j]);
                    }
                }
            }
            for (; i < r1; i++) {
                oneRow(a, b, c, k, n, k0, k1, i);
            }
        }
    }

    /** The same sums as one row of the two-row sweep, in the same order. */
    private static void oneRow(double[] a, double[] b, double[] c, int k, int n, int k0, int k1, int i) {
        int ci = i * n;
        int ai = i * k;
        int kk = k0;
        for (; kk + 8 <= k1; kk += 8) {
            int b0 = kk * n;
            for (int j = 0; j < n; j++) {
                double s = Math.fma(a[ai + kk], b[b0 + j], c[ci + j]);
                for (int q = 1; q < 7; q++) {
                    s = Math.fma(a[ai + kk + q], b[b0 + q * n + j], s);
                }
                c[ci + j] = Math.fma(a[ai + kk + 7], b[b0 + 7 * n + j], s);
            }
        }
        for (; kk < k1; kk++) {
            int b0 = kk * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] = Math.fma(a[ai + kk], b[b0 + j], c[ci + j]);
            }
        }
    }

    private static void mulAddRows(float[] a, float[] b, float[] c, int k, int n, int r0, int r1) {
        for (int k0 = 0; k0 < k; k0 += K_BLOCK) {
            int k1 = Math.min(k, k0 + K_BLOCK);
            int i = r0;
            for (; i + 2 <= r1; i += 2) {
                int ci = i * n;
                int cj = ci + n;
                int ai = i * k;
                int aj = ai + k;
                int kk = k0;
                for (; kk + 8 <= k1; kk += 8) {
                    float a0 = a[ai + kk + 0];
                    float e0 = a[aj + kk + 0];
                    float a1 = a[ai + kk + 1];
                    float e1 = a[aj + kk + 1];
                    float a2 = a[ai + kk + 2];
                    float e2 = a[aj + kk + 2];
                    float a3 = a[ai + kk + 3];
                    float e3 = a[aj + kk + 3];
                    float a4 = a[ai + kk + 4];
                    float e4 = a[aj + kk + 4];
                    float a5 = a[ai + kk + 5];
                    float e5 = a[aj + kk + 5];
                    float a6 = a[ai + kk + 6];
                    float e6 = a[aj + kk + 6];
                    float a7 = a[ai + kk + 7];
                    float e7 = a[aj + kk + 7];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        float x0 = b[b0 + j];
                        float x1 = b[b0 + 1 * n + j];
                        float x2 = b[b0 + 2 * n + j];
                        float x3 = b[b0 + 3 * n + j];
                        float x4 = b[b0 + 4 * n + j];
                        float x5 = b[b0 + 5 * n + j];
                        float x6 = b[b0 + 6 * n + j];
                        float x7 = b[b0 + 7 * n + j];
                        float s = Math.fma(a0, x0, c[ci + j]);
                        float u = Math.fma(e0, x0, c[cj + j]);
                        s = Math.fma(a1, x1, s);
                        u = Math.fma(e1, x1, u);
                        s = Math.fma(a2, x2, s);
                        u = Math.fma(e2, x2, u);
                        s = Math.fma(a3, x3, s);
                        u = Math.fma(e3, x3, u);
                        s = Math.fma(a4, x4, s);
                        u = Math.fma(e4, x4, u);
                        s = Math.fma(a5, x5, s);
                        u = Math.fma(e5, x5, u);
                        s = Math.fma(a6, x6, s);
                        u = Math.fma(e6, x6, u);
                        c[ci + j] = Math.fma(a7, x7, s);
                        c[cj + j] = Math.fma(e7, x7, u);
                    }
                }
                for (; kk < k1; kk++) {
                    float a0 = a[ai + kk];
                    float e0 = a[aj + kk];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = Math.fma(a0, b[b0 + j], c[ci + j]);
                        c[cj + j] = Math.fma(e0, b[b0 + j], c[cj + j]);
                    }
                }
            }
            for (; i < r1; i++) {
                oneRow(a, b, c, k, n, k0, k1, i);
            }
        }
    }

    /** The same sums as one row of the two-row sweep, in the same order. */
    private static void oneRow(float[] a, float[] b, float[] c, int k, int n, int k0, int k1, int i) {
        int ci = i * n;
        int ai = i * k;
        int kk = k0;
        for (; kk + 8 <= k1; kk += 8) {
            int b0 = kk * n;
            for (int j = 0; j < n; j++) {
                float s = Math.fma(a[ai + kk], b[b0 + j], c[ci + j]);
                for (int q = 1; q < 7; q++) {
                    s = Math.fma(a[ai + kk + q], b[b0 + q * n + j], s);
                }
                c[ci + j] = Math.fma(a[ai + kk + 7], b[b0 + 7 * n + j], s);
            }
        }
        for (; kk < k1; kk++) {
            int b0 = kk * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] = Math.fma(a[ai + kk], b[b0 + j], c[ci + j]);
            }
        }
    }
}
