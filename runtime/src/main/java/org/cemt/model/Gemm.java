package org.cemt.model;

import java.util.Locale;

/**
 * The matrix products of a dense network, C += A·B row-major (forward with Wᵀ, back-propagation with W, weight
 * gradients with the adjoints transposed), rows of C cut into tasks. The double kernel is chosen once per JVM: the
 * Vector API one ({@link GemmVector}) when the {@code jdk.incubator.vector} module is in the boot layer (the
 * {@code cemt} launcher, the tests and the benchmarks start Java with {@code --add-modules jdk.incubator.vector}),
 * else the scalar one ({@link GemmScalar}); {@code -Dcemt.gemm=scalar|vector} forces a choice. Both follow the
 * {@link GemmKernel} summation contract, so results are bit-identical whichever kernel and however many threads.
 */
final class Gemm {
    /** Points per float partial sum of a weight gradient (see {@link Precision#FLOAT32}). */
    static final int FLOAT_BLOCK = 256;
    private static final int FLOAT_ROWS_PER_TASK = 32;
    static final String MODULE = "jdk.incubator.vector";
    private static final GemmKernel SCALAR = new GemmScalar();
    /** Fixed at class load; only tests swap it ({@link #use}). */
    private static volatile Choice CHOICE = choose(System.getProperty("cemt.gemm", "auto"));

    private Gemm() {
    }

    /** The kernel in use and why, one short phrase (e.g. "vector, 8 lanes"). */
    static String description() {
        return CHOICE.description;
    }

    /** C[m][n] += A[m][k]·B[k][n]. A, B not modified; C modified. */
    static void mulAdd(Parallel par, double[] a, double[] b, double[] c, int m, int k, int n) {
        run(CHOICE.kernel, par, a, k, 1, b, c, m, k, n);
    }

    /**
     * C[m][n] = A[m][k]·B[k][n], C's old contents ignored (never read: the kernel starts its sums at 0, so neither a
     * zeroed new array nor a zeroing pass streams C through memory first). A, B not modified.
     */
    static void mul(Parallel par, double[] a, double[] b, double[] c, int m, int k, int n) {
        run(CHOICE.kernel, par, a, k, 1, b, c, m, k, n, true, 0, null, null);
    }

    /**
     * As {@link #mul}, in tasks of exactly {@code block} rows of C (the last one shorter), each task on its thread
     * first running {@code before.run(r0, r1)} (making its rows of A: the previous layer's activation, then in
     * cache for the product), then the product, then {@code after.run(r0, r1)} on its rows of C while they are in
     * cache (batch norm's bias and statistics). Either may be null.
     */
    static void mul(Parallel par, double[] a, double[] b, double[] c, int m, int k, int n, int block,
                    Parallel.RangeBody before, Parallel.RangeBody after) {
        run(CHOICE.kernel, par, a, k, 1, b, c, m, k, n, true, block, before, after);
    }

    /** C[m][n] += Aᵀ·B for a stored [k][m] (weight gradients: adjointsᵀ · inputs). A, B not modified; C modified. */
    static void mulAddTransposed(Parallel par, double[] a, double[] b, double[] c, int m, int k, int n) {
        run(CHOICE.kernel, par, a, 1, m, b, c, m, k, n);
    }

    /** As {@link #mulAdd} with a given kernel (tests compare kernels). */
    static void run(GemmKernel kernel, Parallel par, double[] a, int rs, int cs, double[] b, double[] c, int m,
                    int k, int n) {
        run(kernel, par, a, rs, cs, b, c, m, k, n, false, 0, null, null);
    }

    private static void run(GemmKernel kernel, Parallel par, double[] a, int rs, int cs, double[] b, double[] c,
                            int m, int k, int n, boolean overwrite, int block, Parallel.RangeBody before,
                            Parallel.RangeBody after) {
        // Any cut gives the same sums (GemmKernel contract). Each task streams all of B: when B is tall (a weight
        // gradient, k = points), one task per thread reads it once per thread; else at most 64 rows per task keep
        // the task's C (64 × 512 doubles) in L2 across k-blocks (measured best of 32 … 256), and at least four tasks
        // per thread balance load.
        boolean tall = k > 4 * m;
        int tasks = tall ? par.threads() : 4 * par.threads();
        int rows = Math.max(16, ((m + tasks - 1) / tasks + 7) / 8 * 8);
        if (!tall) {
            rows = Math.min(rows, 64);
        }
        if (before != null || after != null) {
            rows = block;
        }
        // a tall B (points × inputs) is not packed whole: each task packs its k-blocks into a buffer kept in L2
        double[] packed = tall ? null : kernel.pack(par, b, k, n);
        par.forRanges(m, rows, (r0, r1) -> {
            if (before != null) {
                before.run(r0, r1);
            }
            kernel.rows(a, rs, cs, b, packed, c, k, n, r0, r1, overwrite);
            if (after != null) {
                after.run(r0, r1);
            }
        });
    }

    /** Float operands and accumulation: C[m][n] += A[m][k]·B[k][n] (scalar kernel). */
    static void mulAdd(Parallel par, float[] a, float[] b, float[] c, int m, int k, int n) {
        par.forRanges(m, FLOAT_ROWS_PER_TASK, (r0, r1) -> GemmScalar.rows(a, b, c, k, n, r0, r1));
    }

    /** Makes {@code choice} the kernel in use and returns the previous one (tests compare whole passes). */
    static Choice use(Choice choice) {
        Choice previous = CHOICE;
        CHOICE = choice;
        return previous;
    }

    /** The kernel in use. */
    static GemmKernel kernel() {
        return CHOICE.kernel;
    }

    /** The scalar kernel. */
    static GemmKernel scalar() {
        return SCALAR;
    }

    /** The Vector API kernel, or null when the module is not in the boot layer. */
    static GemmKernel vector() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return null;
        }
        try {
            return (GemmKernel) Class.forName("org.cemt.model.GemmVector").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** The kernel for a {@code cemt.gemm} value (auto, scalar or vector), with its description. */
    static Choice choose(String wanted) {
        String w = wanted.trim().toLowerCase(Locale.ROOT);
        if (!w.equals("auto") && !w.equals("vector")) {
            return new Choice(SCALAR, w.equals("scalar") ? "scalar (-Dcemt.gemm=scalar)"
                : "scalar (-Dcemt.gemm=" + wanted + ": expected scalar, vector or auto)");
        }
        GemmKernel v = vector();
        if (v != null && w.equals("auto") && v.lanes() < 4) {
            // narrow or emulated vectors: the scalar kernel is as fast
            return new Choice(SCALAR, "scalar (" + v.description() + " only)");
        }
        if (v != null) {
            return new Choice(v, v.description());
        }
        return new Choice(SCALAR, w.equals("auto") ? "scalar (no --add-modules " + MODULE + ")"
            : "scalar (-Dcemt.gemm=vector: " + MODULE + " not loaded)");
    }

    record Choice(GemmKernel kernel, String description) {
    }
}
