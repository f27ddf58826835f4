package org.cemt.model;

/**
 * Batch normalisation's per-column mean and biased variance of a [rows][n] array, gathered block by block while
 * each block of {@link #BLOCK} rows is still in cache (the epilogue of the product that made it, {@link Gemm#mul}
 * with an epilogue): per block the column sums and, about the block's own mean, the sums of squared deviations;
 * then combined over the blocks in order (Chan, Golub &amp; LeVeque 1979): μ = Σ_b S_b / P and
 * P·σ² = Σ_b [M2_b + n_b (μ_b − μ)²]. Blocks are fixed rows [64·b, 64·b + 64), whatever the thread count, and each
 * is summed rows ascending, so the results do not depend on threads or kernel ({@link GemmKernel#biasAndSums},
 * {@link GemmKernel#columnSums}: no fma, lanes are columns).
 */
final class BlockMoments {
    /** Rows per block: a product task's rows ({@link Gemm#mul} with an epilogue). */
    static final int BLOCK = 64;

    private final GemmKernel kernel = Gemm.kernel();
    private final int rows;
    private final int n;
    /** Per block: column sums, then sums of squared deviations from the block's mean. */
    private final double[][] sum;
    private final double[][] m2;

    BlockMoments(int rows, int n) {
        this.rows = rows;
        this.n = n;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        sum = new double[blocks][n];
        m2 = new double[blocks][n];
    }

    /**
     * Adds the bias b[j] to rows [r0, r1) of a in place and gathers them as block r0/BLOCK (r0 a multiple of BLOCK,
     * r1 = min(rows, r0 + BLOCK)); b null adds nothing. Two sweeps on the kernel's column loops.
     */
    void add(double[] a, double[] b, int r0, int r1) {
        double[] s = sum[r0 / BLOCK];
        if (b == null) {
            kernel.columnSums(a, null, null, s, r0, r1, n, 0, n);
        } else {
            kernel.biasAndSums(a, b, s, r0, r1, n, 0, n);
        }
        double count = r1 - r0;
        double[] mb = new double[n];
        for (int j = 0; j < n; j++) {
            mb[j] = s[j] / count;
        }
        kernel.columnSums(a, null, mb, m2[r0 / BLOCK], r0, r1, n, 0, n);
    }

    /** Column means, once every block is gathered. */
    double[] mean() {
        double[] mu = new double[n];
        SnnColumns.addInOrder(sum, mu);
        for (int j = 0; j < n; j++) {
            mu[j] /= rows;
        }
        return mu;
    }

    /** Biased column variances about mu = {@link #mean()}, once every block is gathered. */
    double[] variance(double[] mu) {
        double[] v = new double[n];
        for (int b = 0; b < sum.length; b++) {
            double count = Math.min(BLOCK, rows - b * BLOCK);
            for (int j = 0; j < n; j++) {
                double d = sum[b][j] / count - mu[j];
                v[j] += m2[b][j] + count * d * d;
            }
        }
        for (int j = 0; j < n; j++) {
            v[j] /= rows;
        }
        return v;
    }
}
