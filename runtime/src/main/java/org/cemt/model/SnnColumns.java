package org.cemt.model;

/**
 * Per-unit sums over the points of a batch ([point][unit] row-major), for batch normalisation, on the
 * {@link Gemm} kernel. Each task owns a block of columns and sums its points in ascending order, so the sums do not
 * depend on the thread count or the kernel. The fused passes ({@link #biasAndMeans}, {@link #adjointAndSums},
 * {@link #normalizedAdjointAndSums}) do an elementwise step and the sums of its results in one read of the data,
 * with the same operations in the same order as the separate passes they replace (same bits), on the kernel's
 * column loops.
 */
final class SnnColumns {
    private SnnColumns() {
    }

    /** Column means of a [rows][n]. */
    static double[] means(Parallel par, double[] a, int rows, int n) {
        double[] s = sums(par, a, null, rows, n);
        for (int j = 0; j < n; j++) {
            s[j] /= rows;
        }
        return s;
    }

    /** Biased column variances Σ_p (a − μ)²/rows. */
    static double[] variances(Parallel par, double[] a, double[] mu, int rows, int n) {
        double[] s = new double[n];
        GemmKernel kernel = Gemm.kernel();
        par.forRanges(n, SnnPass.columnsPerTask(), (j0, j1) -> kernel.columnSums(a, null, mu, s, rows, n, j0, j1));
        for (int j = 0; j < n; j++) {
            s[j] /= rows;
        }
        return s;
    }

    /** Σ_p a[p][j]·b[p][j] per column (Σ_p a[p][j] when b is null); a null a gives zeros. */
    static double[] sums(Parallel par, double[] a, double[] b, int rows, int n) {
        double[] s = new double[n];
        if (a == null) {
            return s;
        }
        GemmKernel kernel = Gemm.kernel();
        par.forRanges(n, SnnPass.columnsPerTask(), (j0, j1) -> kernel.columnSums(a, b, null, s, rows, n, j0, j1));
        return s;
    }

    /**
     * a[p][j] += b[j] in place, then the column means of the result, as {@link #means} after adding the bias.
     * a [rows][n] modified; b [n] not modified.
     */
    static double[] biasAndMeans(Parallel par, double[] a, double[] b, int rows, int n) {
        double[] s = new double[n];
        GemmKernel kernel = Gemm.kernel();
        par.forRanges(n, SnnPass.columnsPerTask(), (j0, j1) -> kernel.biasAndSums(a, b, s, rows, n, j0, j1));
        for (int j = 0; j < n; j++) {
            s[j] /= rows;
        }
        return s;
    }

    /**
     * ū = h̄·φ₁ in place of h̄ (hb [rows][n] modified), and per column Σ_p ū·x̂ into sXh and Σ_p ū into s (as
     * {@link #sums} of ū with x̂ and alone). d1, xh [rows][n] not modified; sXh, s [n] modified (added to).
     */
    static void adjointAndSums(Parallel par, double[] hb, double[] d1, double[] xh, double[] sXh, double[] s,
                               int rows, int n) {
        GemmKernel kernel = Gemm.kernel();
        par.forRanges(n, SnnPass.columnsPerTask(),
            (j0, j1) -> kernel.adjointAndSums(hb, d1, xh, sXh, s, rows, n, j0, j1));
    }

    /**
     * ā = rstd·(γ·ū − m1 − x̂·m2) in place of ū (batch norm's adjoint through the statistics), and Σ_p ā per
     * column into s (the bias gradient, as {@link #sums} of ā). u [rows][n] modified; xh, rs, gamma, m1, m2 not
     * modified; s [n] modified (added to).
     */
    static void normalizedAdjointAndSums(Parallel par, double[] u, double[] xh, double[] rs, double[] gamma,
                                         double[] m1, double[] m2, double[] s, int rows, int n) {
        GemmKernel kernel = Gemm.kernel();
        par.forRanges(n, SnnPass.columnsPerTask(),
            (j0, j1) -> kernel.normalizedAdjointAndSums(u, xh, rs, gamma, m1, m2, s, rows, n, j0, j1));
    }
}
