package org.cemt.model;

/**
 * A double-precision matrix-product kernel for {@link Gemm}: rows [r0, r1) of C[m][n] += A·B, A(i, q) read as
 * a[i·rowStride + q·colStride] (row-major A: strides (k, 1); Aᵀ of a [k][m] array: (1, m)), B [k][n] and C [m][n]
 * row-major. Contract shared by every kernel, so they agree bit for bit: each C(i, j) is updated by fused
 * multiply-adds C ← fma(A(i, q), B(q, j), C) for q = 0, 1, …, k−1 in that order, nothing else.
 */
interface GemmKernel {
    /** B [k][n] rearranged once per product for {@link #rows} (this kernel's layout; may be b itself). */
    double[] pack(Parallel par, double[] b, int k, int n);

    /**
     * C rows [r0, r1) += A·B, or = A·B when {@code overwrite} (C's old values never read: the sums start at 0), B
     * given both as is and as {@link #pack packed}, or with packed null, in which case the kernel rearranges what it
     * needs itself (Gemm does so for a tall B, which packing whole would copy through memory once more). a, b,
     * packed not modified; c modified.
     */
    void rows(double[] a, int rowStride, int colStride, double[] b, double[] packed, double[] c, int k, int n, int r0,
              int r1, boolean overwrite);

    /**
     * The batch-norm column reductions over a block of rows (SnnColumns and BlockMoments add the blocks' results in
     * order), which share the memory pattern: for j in [j0, j1), s[j] += Σ_p term(p, j) over p = r0 … r1−1 in order,
     * term = a·b (b non-null), (a − μ_j)² (mu non-null) or a, each a rounded product added in turn (no fma).
     * a [rows][n], b, mu not modified; s modified.
     */
    void columnSums(double[] a, double[] b, double[] mu, double[] s, int r0, int r1, int n, int j0, int j1);

    /**
     * Rows [r0, r1), columns [j0, j1) of {@link BlockMoments#add}'s first sweep: a[p][j] += b[j], s[j] += a[p][j],
     * p ascending. a, s modified.
     */
    default void biasAndSums(double[] a, double[] b, double[] s, int r0, int r1, int n, int j0, int j1) {
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < j1; j++) {
                double v = a[r + j] + b[j];
                a[r + j] = v;
                s[j] += v;
            }
        }
    }

    /**
     * Rows [r0, r1), columns [j0, j1) of {@link SnnColumns#adjointAndSums}: hb ← hb·d1, sXh[j] += hb·xh,
     * s[j] += hb, p ascending. hb, sXh, s modified.
     */
    default void adjointAndSums(double[] hb, double[] d1, double[] xh, double[] sXh, double[] s, int r0, int r1,
                                int n, int j0, int j1) {
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < j1; j++) {
                double v = hb[r + j] * d1[r + j];
                hb[r + j] = v;
                sXh[j] += v * xh[r + j];
                s[j] += v;
            }
        }
    }

    /**
     * Rows [r0, r1), columns [j0, j1) of {@link SnnColumns.Normalized}: u ← rs·(γ·u − m1 − xh·m2),
     * s[j] += u, p ascending. u, s modified.
     */
    default void normalizedAdjointAndSums(double[] u, double[] xh, double[] rs, double[] gamma, double[] m1,
                                          double[] m2, double[] s, int r0, int r1, int n, int j0, int j1) {
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = j0; j < j1; j++) {
                double v = rs[j] * (gamma[j] * u[r + j] - m1[j] - xh[r + j] * m2[j]);
                u[r + j] = v;
                s[j] += v;
            }
        }
    }

    /**
     * The exact GELU and its derivative, {@link Erf#gelu}: h[i] = u·Φ(u), d1[i] = Φ(u) + u·ϕ(u) for
     * u = u[uFrom + (i − from)], i in [from, to); every kernel gives Erf's scalar results bit for bit. u not
     * modified; h, d1 modified.
     */
    default void gelu(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        Erf.gelu(u, uFrom, h, d1, from, to);
    }

    /**
     * GELU's second derivative, {@link Erf#geluSecond}: d2[i] = ϕ(u)·(2 − u²) for u = u[uFrom + (i − from)], i in
     * [from, to); every kernel gives Erf's scalar results bit for bit. u not modified; d2 modified.
     */
    default void geluSecond(double[] u, int uFrom, double[] d2, int from, int to) {
        Erf.geluSecond(u, uFrom, d2, from, to);
    }

    /** Doubles per vector register this kernel uses (1: scalar). */
    default int lanes() {
        return 1;
    }

    /** One short phrase for run summaries, e.g. "vector, 8 lanes". */
    String description();
}
