package org.cemt.model;

/**
 * Per-unit sums over the points of a batch ([point][unit] row-major), for batch normalisation, on the
 * {@link Gemm} kernel. The rows are cut into fixed blocks of {@link BlockMoments#BLOCK} (whatever the thread
 * count), one task per block: each sums its rows in ascending order into its own partial sums, reading whole rows
 * (contiguous memory, every task busy even for narrow layers), and the partials are then added in block order. So
 * the sums do not depend on the thread count or the kernel. The fused passes ({@link #adjointAndSums},
 * {@link Normalized}) do an elementwise step and the sums of its results in one read of the data.
 */
final class SnnColumns {
    private static final int BLOCK = BlockMoments.BLOCK;

    private SnnColumns() {
    }

    /** Σ_p a[p][j]·b[p][j] per column (Σ_p a[p][j] when b is null); a null a gives zeros. */
    static double[] sums(Parallel par, double[] a, double[] b, int rows, int n) {
        double[] s = new double[n];
        if (a == null) {
            return s;
        }
        GemmKernel kernel = Gemm.kernel();
        double[][] part = partials(rows, n);
        par.forRanges(rows, BLOCK, (r0, r1) -> kernel.columnSums(a, b, null, part[r0 / BLOCK], r0, r1, n, 0, n));
        addInOrder(part, s);
        return s;
    }

    /**
     * ū = h̄·φ₁ in place of h̄ (hb [rows][n] modified), and per column Σ_p ū·x̂ into sXh and Σ_p ū into s. d1,
     * xh [rows][n] not modified; sXh, s [n] modified (added to).
     */
    static void adjointAndSums(Parallel par, double[] hb, double[] d1, double[] xh, double[] sXh, double[] s,
                               int rows, int n) {
        Adjoint adjoint = new Adjoint(hb, d1, xh, rows, n);
        par.forRanges(rows, BLOCK, adjoint);
        adjoint.addTo(sXh, s);
    }

    /**
     * {@link #adjointAndSums} block by block: run on every block of rows (in any order, on any thread; also as the
     * epilogue of the product that makes h̄, while the block is in cache), then {@link #addTo}.
     */
    static final class Adjoint implements Parallel.RangeBody {
        private final GemmKernel kernel = Gemm.kernel();
        private final double[] hb;
        private final double[] d1;
        private final double[] xh;
        private final int n;
        private final double[][] partXh;
        private final double[][] part;

        Adjoint(double[] hb, double[] d1, double[] xh, int rows, int n) {
            this.hb = hb;
            this.d1 = d1;
            this.xh = xh;
            this.n = n;
            partXh = partials(rows, n);
            part = partials(rows, n);
        }

        /** Block r0/BLOCK, rows [r0, r1). */
        @Override
        public void run(int r0, int r1) {
            kernel.adjointAndSums(hb, d1, xh, partXh[r0 / BLOCK], part[r0 / BLOCK], r0, r1, n, 0, n);
        }

        /** Adds Σ ū·x̂ to sXh and Σ ū to s, once every block is done. */
        void addTo(double[] sXh, double[] s) {
            addInOrder(partXh, sXh);
            addInOrder(part, s);
        }
    }

    /**
     * ā = rstd·(γ·ū − m1 − x̂·m2) in place of ū (batch norm's adjoint through the statistics), and Σ_p ā per
     * column (the bias gradient), block by block: run on every block of rows (in any order, on any thread; SnnBackward
     * does so just before the product that reads ā, on its task), then {@link #addTo}. u [rows][n] modified; xh, rs,
     * gamma, m1, m2 not modified.
     */
    static final class Normalized implements Parallel.RangeBody {
        private final GemmKernel kernel = Gemm.kernel();
        private final double[] u;
        private final double[] xh;
        private final double[] rs;
        private final double[] gamma;
        private final double[] m1;
        private final double[] m2;
        private final int n;
        private final double[][] part;

        Normalized(double[] u, double[] xh, double[] rs, double[] gamma, double[] m1, double[] m2, int rows, int n) {
            this.u = u;
            this.xh = xh;
            this.rs = rs;
            this.gamma = gamma;
            this.m1 = m1;
            this.m2 = m2;
            this.n = n;
            part = partials(rows, n);
        }

        /** Block r0/BLOCK, rows [r0, r1). */
        @Override
        public void run(int r0, int r1) {
            kernel.normalizedAdjointAndSums(u, xh, rs, gamma, m1, m2, part[r0 / BLOCK], r0, r1, n, 0, n);
        }

        /** Adds Σ ā to s, once every block is done. */
        void addTo(double[] s) {
            addInOrder(part, s);
        }
    }

    private static double[][] partials(int rows, int n) {
        return new double[(rows + BLOCK - 1) / BLOCK][n];
    }

    /** s[j] += part[0][j] + part[1][j] + …, left to right. */
    static void addInOrder(double[][] part, double[] s) {
        for (int j = 0; j < s.length; j++) {
            double t = 0;
            for (double[] p : part) {
                t += p[j];
            }
            s[j] += t;
        }
    }
}
