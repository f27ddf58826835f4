package org.cemt.model;

/**
 * Batch normalisation's per-column mean and biased variance of a [rows][n] array, gathered block by block while
 * each block of {@link #BLOCK} rows is still in cache (the epilogue of the product that made it, {@link Gemm#mul}
 * with an epilogue): per block the column sums and, about the block's own mean, the sums of squared deviations;
 * then combined over the blocks in order (Chan, Golub &amp; LeVeque 1979): μ = Σ_b S_b / P and
 * P·σ² = Σ_b [M2_b + n_b (μ_b − μ)²]. Blocks are fixed rows [64·b, 64·b + 64), whatever the thread count, and each
 * is summed rows ascending, so the results do not depend on threads or kernel. Plain double operations, no fma.
 */
final class BlockMoments {
    /** Rows per block: a product task's rows ({@link Gemm#mul} with an epilogue). */
    static final int BLOCK = 64;

    private final int rows;
    private final int n;
    private final double[] sum;
    private final double[] m2;

    BlockMoments(int rows, int n) {
        this.rows = rows;
        this.n = n;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        sum = new double[blocks * n];
        m2 = new double[blocks * n];
    }

    /**
     * Adds the bias b[j] to rows [r0, r1) of a in place and gathers them as block r0/BLOCK (r0 a multiple of BLOCK,
     * r1 = min(rows, r0 + BLOCK)); b null adds nothing.
     */
    void add(double[] a, double[] b, int r0, int r1) {
        int o = r0 / BLOCK * n;
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            if (b == null) {
                for (int j = 0; j < n; j++) {
                    sum[o + j] += a[r + j];
                }
            } else {
                for (int j = 0; j < n; j++) {
                    double v = a[r + j] + b[j];
                    a[r + j] = v;
                    sum[o + j] += v;
                }
            }
        }
        double count = r1 - r0;
        double[] mb = new double[n];
        for (int j = 0; j < n; j++) {
            mb[j] = sum[o + j] / count;
        }
        for (int p = r0; p < r1; p++) {
            int r = p * n;
            for (int j = 0; j < n; j++) {
                double d = a[r + j] - mb[j];
                m2[o + j] += d * d;
            }
        }
    }

    /** Column means, once every block is gathered. */
    double[] mean() {
        double[] mu = new double[n];
        for (int o = 0; o < sum.length; o += n) {
            for (int j = 0; j < n; j++) {
                mu[j] += sum[o + j];
            }
        }
        for (int j = 0; j < n; j++) {
            mu[j] /= rows;
        }
        return mu;
    }

    /** Biased column variances about mu = {@link #mean()}, once every block is gathered. */
    double[] variance(double[] mu) {
        double[] v = new double[n];
        for (int b = 0, o = 0; o < sum.length; b++, o += n) {
            double count = Math.min(BLOCK, rows - b * BLOCK);
            for (int j = 0; j < n; j++) {
                double d = sum[o + j] / count - mu[j];
                v[j] += m2[o + j] + count * d * d;
            }
        }
        for (int j = 0; j < n; j++) {
            v[j] /= rows;
        }
        return v;
    }
}
