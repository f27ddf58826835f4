package org.cemt.model;

import org.cemt.core.InputException;

/**
 * One forward pass of an {@link Snn} over a batch of P points, holding what its derivatives need: the outputs e_i,
 * input gradients ∂e_i/∂λ_i, directional derivatives ∇e_i·t_i and the weight gradient of an energy term and of a
 * force term (batch-norm semantics in {@link Snn}). Arrays are [point][unit] row-major. Immutable once made: its
 * methods only read it (memory: three P × width arrays per hidden layer, three more during a force-term gradient).
 * {@link #release} hands its large arrays to its network for the next pass (a trainer does so after every step).
 */
public final class SnnPass {
    private static final int ROWS = 64;
    /** Rows per activation call of {@link #activation}: its u buffer (8 × 512 doubles) stays in L1. */
    private static final int SUB_ROWS = 8;

    private final SnnArchitecture arch;
    private final Precision precision;
    private final Parallel par;
    private final SnnWeights w;
    private final Activation act;
    private final double[] x;
    private final int points;
    private final boolean bn;
    /** The energy gradient flows through the batch statistics. */
    private final boolean statsPath;
    /** u = a without batch norm (with it, u is recomputed from x̂ when needed). */
    private final double[][] u;
    private final double[][] h;
    /** φ'(u), kept from the forward pass for every derivative. */
    private final double[][] d1;
    private final double[][] xhat;
    private final double[][] mean;
    private final double[][] variance;
    private final double[][] rstd;
    private final double[] e;
    private final Buffers buffers;
    /** Every array taken from {@link #buffers} (the input copy, the layers' arrays, gradient temporaries). */
    private final java.util.List<double[]> owned = new java.util.ArrayList<>();
    private volatile boolean released;

    /** The pass of x [point][feature] (copied, not modified). */
    SnnPass(SnnArchitecture arch, Precision precision, Parallel par, Buffers buffers, SnnWeights w, double[] x,
            int points, BatchMode mode, double[][] stats) {
        this.buffers = buffers;
        this.arch = arch;
        this.precision = precision;
        this.par = par;
        this.w = w;
        this.act = arch.activation();
        this.points = points;
        this.bn = arch.batchNorm();
        this.statsPath = bn && mode == BatchMode.TRAIN;
        int layers = arch.layers();
        u = new double[layers][];
        h = new double[layers][];
        d1 = new double[layers][];
        xhat = new double[layers][];
        mean = new double[layers][];
        variance = new double[layers][];
        rstd = new double[layers][];
        int[] sizes = new int[3 * layers + 1];
        for (int l = 0; l < layers; l++) {
            java.util.Arrays.fill(sizes, 3 * l, 3 * l + 3, points * arch.width(l));
        }
        sizes[3 * layers] = x.length;
        double[][] fresh = take(sizes);
        this.x = fresh[3 * layers];
        par.forRanges(x.length, 1 << 16, (i0, i1) -> System.arraycopy(x, i0, this.x, i0, i1 - i0));
        int unit = 0;
        // layer l's normalisation and activation run block by block just before layer l + 1's product of the same
        // rows, on the same thread (its input rows are then in cache); the last layer's after the loop
        Parallel.RangeBody pending = null;
        for (int l = 0; l < layers; l++) {
            int n = arch.width(l);
            double[] a = fresh[3 * l];
            double[] bias = w.bias[l];
            BlockMoments moments = bn && statsPath ? new BlockMoments(points, n) : null;
            // each block of rows, still in cache after its product: the bias, then the block's statistics
            product(l == 0 ? this.x : h[l - 1], arch.inputs(l), w.wt[l], w.wtf[l], n, a, pending, (r0, r1) -> {
                if (moments != null) {
                    moments.add(a, bias, r0, r1);
                    return;
                }
                for (int p = r0; p < r1; p++) {
                    for (int j = 0; j < n; j++) {
                        a[p * n + j] += bias[j];
                    }
                }
            });
            if (bn) {
                if (statsPath) {
                    mean[l] = moments.mean();
                    variance[l] = moments.variance(mean[l]);
                } else {
                    mean[l] = java.util.Arrays.copyOfRange(stats[0], unit, unit + n);
                    variance[l] = java.util.Arrays.copyOfRange(stats[1], unit, unit + n);
                }
                rstd[l] = new double[n];
                for (int j = 0; j < n; j++) {
                    rstd[l][j] = 1 / Math.sqrt(variance[l][j] + Snn.EPSILON);
                }
                xhat[l] = a;
            } else {
                u[l] = a;
            }
            h[l] = fresh[3 * l + 1];
            d1[l] = fresh[3 * l + 2];
            pending = activation(l);
            unit += n;
        }
        par.forRanges(points, BlockMoments.BLOCK, pending);
        e = new double[points];
        double[] top = h[layers - 1];
        int n = arch.width(layers - 1);
        for (int p = 0; p < points; p++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += w.wOut[j] * top[p * n + j];
            }
            e[p] = s + w.bOut;
        }
    }

    /**
     * Hands this pass's large arrays (input copy, layer values and derivatives, gradient temporaries) back to its
     * network, whose next passes reuse them instead of allocating. Afterwards only {@link #points}, the outputs,
     * {@link #sum} and the statistics may be read; the derivatives throw. Idempotent.
     */
    public void release() {
        if (released) {
            return;
        }
        released = true;
        java.util.List<double[]> arrays;
        synchronized (owned) {
            arrays = new java.util.ArrayList<>(owned);
            owned.clear();
        }
        buffers.give(arrays);
    }

    /** Arrays of the given lengths from the network's pool (contents arbitrary), owned by this pass until release. */
    double[][] take(int... lengths) {
        double[][] a = buffers.take(par, lengths);
        synchronized (owned) {
            for (double[] x : a) {
                if (x != null) {
                    owned.add(x);
                }
            }
        }
        return a;
    }

    private void checkLive(String where) {
        if (released) {
            throw new IllegalStateException(where + ": this pass was released (SnnPass.release) and its arrays reused");
        }
    }

    /** Number of points P. */
    public int points() {
        return points;
    }

    /** e_i = f(λ_i), a copy, length P. */
    public double[] outputs() {
        return e.clone();
    }

    /** e_i of one point. */
    public double output(int point) {
        return e[point];
    }

    /** Σ_i e_i. */
    public double sum() {
        double s = 0;
        for (double v : e) {
            s += v;
        }
        return s;
    }

    /** The means this pass normalised with (batch or running), flat over layers; empty without batch norm. */
    public double[] mean() {
        return flat(mean);
    }

    /** The (biased) variances this pass normalised with, flat over layers; empty without batch norm. */
    public double[] variance() {
        return flat(variance);
    }

    double[] batchMean() {
        return mean();
    }

    double[] batchVariance() {
        return variance();
    }

    /**
     * ∂e_i/∂λ_i for every point, batch statistics held fixed: out [point][feature], length P·F, overwritten and
     * returned.
     */
    public double[] inputGradient(double[] out) {
        checkLive("snn.inputGradient");
        Snn.checkLength("snn.inputGradient", "out", out, points * arch.features());
        int layers = arch.layers();
        int top = arch.width(layers - 1);
        double[] hb = new double[points * top];
        for (int p = 0; p < points; p++) {
            System.arraycopy(w.wOut, 0, hb, p * top, top);
        }
        for (int l = layers - 1; l >= 0; l--) {
            int n = arch.width(l);
            double[] ab = hb;
            double[] dl = d1[l];
            double[] scale = bnScale(l);
            par.forRanges(points, ROWS, (p0, p1) -> {
                for (int p = p0; p < p1; p++) {
                    for (int j = 0; j < n; j++) {
                        int i = p * n + j;
                        ab[i] *= dl[i] * (scale == null ? 1 : scale[j]);
                    }
                }
            });
            hb = product(ab, n, w.w[l], w.wf[l], arch.inputs(l));
        }
        System.arraycopy(hb, 0, out, 0, out.length);
        return out;
    }

    /**
     * The directional derivatives ė_i = ∇_λ e(λ_i)·t_i (forward mode, batch statistics held fixed). t [point][feature]
     * not modified; returns a new array of length P.
     */
    public double[] directionalDerivatives(double[] t) {
        checkLive("snn.directionalDerivatives");
        Snn.checkLength("snn.directionalDerivatives", "t", t, points * arch.features());
        return new SnnTangent(this, t).outputs();
    }

    /**
     * Adds to {@code out} (length {@link SnnArchitecture#parameterCount()}, layout there) the gradient w.r.t. all
     * parameters of L = Σ_i g_i e_i + Σ_i c_i ∇_λ e(λ_i)·t_i. The energy part goes through the batch statistics
     * in a TRAIN pass; the force part holds them fixed (see {@link Snn}). For force training t_i = ∂λ_i/∂R·v, the
     * featurizer's JVP, and no Jacobian is stored: the second-order term is one tangent forward pass and one
     * reverse pass over primal and tangent together. Either part may be null (g, or t with c); one pass does both.
     *
     * @param g dL/de_i, length P, or null
     * @param t directions [point][feature], length P·F, or null
     * @param c coefficients, length P (null exactly when t is)
     * @param out gradient accumulator, modified and returned
     */
    public double[] gradient(double[] g, double[] t, double[] c, double[] out) {
        checkLive("snn.gradient");
        if (g != null) {
            Snn.checkLength("snn.gradient", "g", g, points);
        }
        if ((t == null) != (c == null)) {
            throw InputException.of("snn.gradient", "t, c", "both given or both null",
                (t == null ? "null" : "array") + ", " + (c == null ? "null" : "array"));
        }
        if (t != null) {
            Snn.checkLength("snn.gradient", "t", t, points * arch.features());
            Snn.checkLength("snn.gradient", "c", c, points);
        }
        Snn.checkLength("snn.gradient", "out", out, arch.parameterCount());
        SnnTangent tangent = t == null ? null : new SnnTangent(this, t);
        new SnnBackward(this, tangent, g, c, out).run();
        return out;
    }

    // ---- package-private access for SnnTangent and SnnBackward ----

    SnnArchitecture arch() {
        return arch;
    }

    Parallel par() {
        return par;
    }

    SnnWeights weights() {
        return w;
    }

    double[] input() {
        return x;
    }

    /** u of layer l; with batch norm recomputed from x̂ (as the forward pass made it) into a new array. */
    double[] u(int l) {
        if (!bn) {
            return u[l];
        }
        int n = arch.width(l);
        double[] xh = xhat[l];
        double[] gamma = w.gamma[l];
        double[] beta = w.beta[l];
        double[] out = new double[xh.length];
        par.forRanges(points, ROWS, (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                for (int j = 0; j < n; j++) {
                    out[p * n + j] = gamma[j] * xh[p * n + j] + beta[j];
                }
            }
        });
        return out;
    }

    double[] h(int l) {
        return h[l];
    }

    double[] d1(int l) {
        return d1[l];
    }

    double[] xhat(int l) {
        return xhat[l];
    }

    double[] rstd(int l) {
        return rstd[l];
    }

    boolean statsPath() {
        return statsPath;
    }

    /** γ_l·rstd_l per unit, or null without batch norm. */
    double[] bnScale(int l) {
        if (!bn) {
            return null;
        }
        int n = arch.width(l);
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            s[j] = w.gamma[l][j] * rstd[l][j];
        }
        return s;
    }

    /** in [P][k] · B [k][n] in this pass's precision; a new array [P][n]. */
    double[] product(double[] in, int k, double[] b, float[] bf, int n) {
        return product(in, k, b, bf, n, new double[points * n]);
    }

    /** As {@link #product(double[], int, double[], float[], int)} into c [P][n] (old contents ignored), returned. */
    double[] product(double[] in, int k, double[] b, float[] bf, int n, double[] c) {
        return product(in, k, b, bf, n, c, null, null);
    }

    /**
     * As {@link #product(double[], int, double[], float[], int, double[])} with {@code before.run(r0, r1)} making
     * rows [r0, r1) of in first and {@code after.run(r0, r1)} on those rows of c after, for every block [r0, r1)
     * of {@link BlockMoments#BLOCK} rows (float64: on the block's task, around its product, in cache). Either may
     * be null.
     */
    double[] product(double[] in, int k, double[] b, float[] bf, int n, double[] c, Parallel.RangeBody before,
                     Parallel.RangeBody after) {
        if (precision == Precision.FLOAT64) {
            if (before == null && after == null) {
                Gemm.mul(par, in, b, c, points, k, n);
            } else {
                Gemm.mul(par, in, b, c, points, k, n, BlockMoments.BLOCK, before, after);
            }
            return c;
        }
        if (before != null) {
            par.forRanges(points, BlockMoments.BLOCK, before);
        }
        float[] cf = new float[points * n];
        Gemm.mulAdd(par, SnnWeights.toFloat(in), bf, cf, points, k, n);
        for (int i = 0; i < cf.length; i++) {
            c[i] = cf[i];
        }
        if (after != null) {
            par.forRanges(points, BlockMoments.BLOCK, after);
        }
        return c;
    }

    /**
     * out[off + o·k + j] += Σ_p a[p][o]·in[p][j], in this pass's precision, each output row summing its points in
     * order (float: aᵀ formed per block of points).
     */
    void weightGradient(double[] a, double[] in, int n, int k, double[] out, int off) {
        double[] g = new double[n * k];
        if (precision == Precision.FLOAT64) {
            Gemm.mulAddTransposed(par, a, in, g, n, points, k);
        } else {
            for (int p0 = 0; p0 < points; p0 += Gemm.FLOAT_BLOCK) {
                int p1 = Math.min(points, p0 + Gemm.FLOAT_BLOCK);
                float[] at = SnnWeights.toFloat(transpose(a, p0, p1, n));
                float[] block = SnnWeights.toFloat(java.util.Arrays.copyOfRange(in, p0 * k, p1 * k));
                float[] gf = new float[n * k];
                Gemm.mulAdd(par, at, block, gf, n, p1 - p0, k);
                for (int i = 0; i < g.length; i++) {
                    g[i] += gf[i];
                }
            }
        }
        for (int i = 0; i < g.length; i++) {
            out[off + i] += g[i];
        }
    }

    /** Rows [p0, p1) of a [P][n], transposed to [n][p1 − p0]. */
    private static double[] transpose(double[] a, int p0, int p1, int n) {
        int m = p1 - p0;
        double[] t = new double[n * m];
        for (int p = p0; p < p1; p++) {
            for (int j = 0; j < n; j++) {
                t[j * m + (p - p0)] = a[p * n + j];
            }
        }
        return t;
    }

    /**
     * Layer l's activation of rows [p0, p1), once its statistics are known: h = φ(u), φ'(u) for u = a, or with batch
     * norm a turned into x̂ = (a − μ)·rstd in place and u = γ·x̂ + β (u only in a buffer of {@link #SUB_ROWS} rows,
     * in L1: it is not kept, {@link #u} recomputes it).
     */
    private Parallel.RangeBody activation(int l) {
        int n = arch.width(l);
        double[] hl = h[l];
        double[] dl = d1[l];
        if (!bn) {
            double[] a = u[l];
            return (p0, p1) -> act.apply(a, hl, dl, p0 * n, p1 * n);
        }
        double[] a = xhat[l];
        double[] mu = mean[l];
        double[] rs = rstd[l];
        double[] gamma = w.gamma[l];
        double[] beta = w.beta[l];
        return (p0, p1) -> {
            double[] ub = new double[Math.min(SUB_ROWS, p1 - p0) * n];
            for (int q0 = p0; q0 < p1; q0 += SUB_ROWS) {
                int q1 = Math.min(p1, q0 + SUB_ROWS);
                for (int p = q0; p < q1; p++) {
                    for (int j = 0; j < n; j++) {
                        int i = p * n + j;
                        double xh = (a[i] - mu[j]) * rs[j];
                        a[i] = xh;
                        ub[i - q0 * n] = gamma[j] * xh + beta[j];
                    }
                }
                act.apply(ub, 0, hl, dl, q0 * n, q1 * n);
            }
        };
    }

    private static double[] flat(double[][] perLayer) {
        int len = 0;
        for (double[] a : perLayer) {
            len += a == null ? 0 : a.length;
        }
        double[] out = new double[len];
        int off = 0;
        for (double[] a : perLayer) {
            if (a != null) {
                System.arraycopy(a, 0, out, off, a.length);
                off += a.length;
            }
        }
        return out;
    }

    static int rowsPerTask() {
        return ROWS;
    }
}
