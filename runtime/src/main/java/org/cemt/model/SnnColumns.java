package org.cemt.model;

/**
 * Per-unit sums over the points of a batch ([point][unit] row-major), for batch normalisation. Each task owns a
 * block of columns and sums its points in ascending order, so the sums do not depend on the thread count.
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
        par.forRanges(n, SnnPass.columnsPerTask(), (j0, j1) -> {
            for (int p = 0; p < rows; p++) {
                int r = p * n;
                for (int j = j0; j < j1; j++) {
                    double d = a[r + j] - mu[j];
                    s[j] += d * d;
                }
            }
        });
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
        par.forRanges(n, SnnPass.columnsPerTask(), (j0, j1) -> {
            for (int p = 0; p < rows; p++) {
                int r = p * n;
                if (b == null) {
                    for (int j = j0; j < j1; j++) {
                        s[j] += a[r + j];
                    }
                } else {
                    for (int j = j0; j < j1; j++) {
                        s[j] += a[r + j] * b[r + j];
                    }
                }
            }
        });
        return s;
    }
}
