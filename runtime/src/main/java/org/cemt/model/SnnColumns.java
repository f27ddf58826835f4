package org.cemt.model;

/**
 * Per-unit sums over the points of a batch ([point][unit] row-major), for batch normalisation, on the
 * {@link Gemm} kernel. Each task owns a block of columns and sums its points in ascending order, so the sums do not
 * depend on the thread count or the kernel.
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
}
