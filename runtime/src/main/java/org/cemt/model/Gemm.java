package org.cemt.model;

/**
 * The three matrix products of a dense network, row-major, written as blocked multiply-adds whose inner loops run
 * over contiguous memory (so the JIT vectorises them): C += A·B (forward with Wᵀ, back-propagation with W) and
 * G += Aᵀ·B (weight gradients). Each output row is owned by one task and summed in a fixed order, so results do
 * not depend on the thread count.
 */
final class Gemm {
    /** Points per float partial sum of a weight gradient (see {@link Precision#FLOAT32}). */
    static final int FLOAT_BLOCK = 256;
    private static final int K_BLOCK = 64;
    private static final int ROWS_PER_TASK = 32;
    private static final int P_BLOCK = 64;
    private static final int G_ROWS_PER_TASK = 8;

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

    /**
     * G[gOff + o·k + j] += Σ_p A[p][o]·B[p][j] over p in [0, m), o &lt; n, j &lt; k. A, B not modified; G modified.
     */
    static void mulAtBAdd(Parallel par, double[] a, double[] b, double[] g, int gOff, int m, int n, int k) {
        par.forRanges(n, G_ROWS_PER_TASK, (o0, o1) -> mulAtBRows(a, b, g, gOff, m, n, k, o0, o1));
    }

    /** As the double version, float operands (float partial sums over blocks of {@link #FLOAT_BLOCK} points). */
    static void mulAtBAdd(Parallel par, float[] a, float[] b, double[] g, int gOff, int m, int n, int k) {
        par.forRanges(n, G_ROWS_PER_TASK, (o0, o1) -> mulAtBRows(a, b, g, gOff, m, n, k, o0, o1));
    }

    private static void mulAddRows(double[] a, double[] b, double[] c, int k, int n, int r0, int r1) {
        for (int k0 = 0; k0 < k; k0 += K_BLOCK) {
            int k1 = Math.min(k, k0 + K_BLOCK);
            for (int i = r0; i < r1; i++) {
                int ci = i * n;
                int ai = i * k;
                int kk = k0;
                for (; kk + 4 <= k1; kk += 4) {
                    double a0 = a[ai + kk];
                    double a1 = a[ai + kk + 1];
                    double a2 = a[ai + kk + 2];
                    double a3 = a[ai + kk + 3];
                    int b0 = kk * n;
                    int b1 = b0 + n;
                    int b2 = b1 + n;
                    int b3 = b2 + n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                    }
                }
                for (; kk < k1; kk++) {
                    double a0 = a[ai + kk];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += a0 * b[b0 + j];
                    }
                }
            }
        }
    }

    private static void mulAddRows(float[] a, float[] b, float[] c, int k, int n, int r0, int r1) {
        for (int k0 = 0; k0 < k; k0 += K_BLOCK) {
            int k1 = Math.min(k, k0 + K_BLOCK);
            for (int i = r0; i < r1; i++) {
                int ci = i * n;
                int ai = i * k;
                int kk = k0;
                for (; kk + 4 <= k1; kk += 4) {
                    float a0 = a[ai + kk];
                    float a1 = a[ai + kk + 1];
                    float a2 = a[ai + kk + 2];
                    float a3 = a[ai + kk + 3];
                    int b0 = kk * n;
                    int b1 = b0 + n;
                    int b2 = b1 + n;
                    int b3 = b2 + n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                    }
                }
                for (; kk < k1; kk++) {
                    float a0 = a[ai + kk];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += a0 * b[b0 + j];
                    }
                }
            }
        }
    }

    private static void mulAtBRows(double[] a, double[] b, double[] g, int gOff, int m, int n, int k, int o0,
        int o1) {
        for (int p0 = 0; p0 < m; p0 += P_BLOCK) {
            int p1 = Math.min(m, p0 + P_BLOCK);
            for (int o = o0; o < o1; o++) {
                int go = gOff + o * k;
                int p = p0;
                for (; p + 4 <= p1; p += 4) {
                    double a0 = a[p * n + o];
                    double a1 = a[(p + 1) * n + o];
                    double a2 = a[(p + 2) * n + o];
                    double a3 = a[(p + 3) * n + o];
                    int b0 = p * k;
                    int b1 = b0 + k;
                    int b2 = b1 + k;
                    int b3 = b2 + k;
                    for (int j = 0; j < k; j++) {
                        g[go + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                    }
                }
                for (; p < p1; p++) {
                    double a0 = a[p * n + o];
                    int b0 = p * k;
                    for (int j = 0; j < k; j++) {
                        g[go + j] += a0 * b[b0 + j];
                    }
                }
            }
        }
    }

    private static void mulAtBRows(float[] a, float[] b, double[] g, int gOff, int m, int n, int k, int o0,
        int o1) {
        float[] acc = new float[k];
        for (int p0 = 0; p0 < m; p0 += FLOAT_BLOCK) {
            int p1 = Math.min(m, p0 + FLOAT_BLOCK);
            for (int o = o0; o < o1; o++) {
                java.util.Arrays.fill(acc, 0f);
                int p = p0;
                for (; p + 4 <= p1; p += 4) {
                    float a0 = a[p * n + o];
                    float a1 = a[(p + 1) * n + o];
                    float a2 = a[(p + 2) * n + o];
                    float a3 = a[(p + 3) * n + o];
                    int b0 = p * k;
                    int b1 = b0 + k;
                    int b2 = b1 + k;
                    int b3 = b2 + k;
                    for (int j = 0; j < k; j++) {
                        acc[j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                    }
                }
                for (; p < p1; p++) {
                    float a0 = a[p * n + o];
                    int b0 = p * k;
                    for (int j = 0; j < k; j++) {
                        acc[j] += a0 * b[b0 + j];
                    }
                }
                int go = gOff + o * k;
                for (int j = 0; j < k; j++) {
                    g[go + j] += acc[j];
                }
            }
        }
    }
}
