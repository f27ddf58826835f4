package org.cemt.model;

/**
 * The reverse pass of {@link SnnPass#gradient}: back-propagation of L = Σ g_i e_i + Σ c_i ė_i through the primal and
 * tangent passes together (forward-over-reverse; the R-operator of Pearlmutter 1994). Three adjoints travel down:
 * h̄ᴱ, the energy part that still has to pass through the batch statistics (TRAIN with batch norm only); h̄ᶠ, every
 * primal adjoint that holds them fixed; and ḣ̄, the tangent adjoint. Per hidden layer, with φ₁ = φ'(u), φ₂ = φ''(u):
 * ū = h̄·φ₁ (+ ḣ̄·u̇·φ₂ for the force part), u̇̄ = ḣ̄·φ₁; batch norm gives ∂γ = Σ ū·x̂ + u̇̄·x̂̇, ∂β = Σ ū,
 * ā = γ·rstd·ū (fixed statistics) or, through the statistics, ā = rstd·(γū − mean(γū) − x̂·mean(γū·x̂));
 * then ∂W += āᵀ·h_prev + ǡᵀ·ḣ_prev, ∂b += Σ ā, h̄_prev = ā·W, ḣ̄_prev = ǡ·W.
 */
final class SnnBackward {
    private final SnnPass pass;
    private final SnnTangent tan;
    private final double[] g;
    private final double[] c;
    private final double[] out;
    /** Set by {@link #energyOnlyThroughStatistics}: the layer's ā, still to be made block by block. */
    private SnnColumns.Normalized normalized;

    SnnBackward(SnnPass pass, SnnTangent tangent, double[] g, double[] c, double[] out) {
        this.pass = pass;
        this.tan = tangent;
        this.g = g;
        this.c = c;
        this.out = out;
    }

    void run() {
        SnnArchitecture arch = pass.arch();
        SnnWeights w = pass.weights();
        int layers = arch.layers();
        int points = pass.points();
        int top = arch.width(layers - 1);
        boolean throughStats = pass.statsPath() && g != null;
        double[] hbE = throughStats ? outer(g, w.wOut) : null;
        double[] hbF = !throughStats && g != null ? outer(g, w.wOut) : null;
        double[] hdb = tan != null ? outer(c, w.wOut) : null;
        int wo = arch.outputWeightOffset();
        double[] hTop = pass.h(layers - 1);
        for (int p = 0; p < points; p++) {
            for (int j = 0; j < top; j++) {
                double s = 0;
                if (g != null) {
                    s += g[p] * hTop[p * top + j];
                }
                if (tan != null) {
                    s += c[p] * tan.hd[layers - 1][p * top + j];
                }
                out[wo + j] += s;
            }
            if (g != null) {
                out[out.length - 1] += g[p];
            }
        }
        // energy-only through the statistics, the next layer's ū = h̄·φ₁ pass runs in the epilogue of the product
        // that makes its h̄
        SnnColumns.Adjoint adjoint = null;
        for (int l = layers - 1; l >= 0; l--) {
            normalized = null;
            double[][] adj = layer(l, hbE, hbF, hdb, adjoint);
            double[] abE = adj[0];
            double[] abF = adj[1];
            double[] adb = adj[2];
            // energy-only through the statistics, ā is still to be made from ū block by block: just before the
            // product h̄_prev = ā·W reads each block, on its task (in cache then), or alone at the first layer
            SnnColumns.Normalized pending = normalized;
            int n = arch.width(l);
            int k = arch.inputs(l);
            if (l > 0) {
                int size = points * k;
                double[][] z = pass.take(abE == null ? 0 : size, abF == null ? 0 : size, adb == null ? 0 : size);
                boolean fuse = arch.batchNorm() && abE != null && abF == null && adb == null;
                SnnColumns.Adjoint below = fuse
                    ? new SnnColumns.Adjoint(z[0], pass.d1(l - 1), pass.xhat(l - 1), points, k) : null;
                double[] nextE = abE == null ? null : pass.product(abE, n, w.w[l], w.wf[l], k, z[0], pending, below);
                hbF = abF == null ? null : pass.product(abF, n, w.w[l], w.wf[l], k, z[1]);
                hdb = adb == null ? null : pass.product(adb, n, w.w[l], w.wf[l], k, z[2]);
                hbE = nextE;
                adjoint = below;
            } else if (pending != null) {
                pass.par().forRanges(points, BlockMoments.BLOCK, pending);
            }
            double[] sum = abE == null ? abF : abF == null ? abE : add(abE, abF);
            double[] in = l == 0 ? pass.input() : pass.h(l - 1);
            if (sum != null) {
                pass.weightGradient(sum, in, n, k, out, arch.weightOffset(l));
                double[] db;
                if (pending != null) {
                    db = new double[n];
                    pending.addTo(db);
                } else {
                    db = SnnColumns.sums(pass.par(), sum, null, points, n);
                }
                for (int j = 0; j < n; j++) {
                    out[arch.biasOffset(l) + j] += db[j];
                }
            }
            if (adb != null) {
                pass.weightGradient(adb, l == 0 ? tan.t : tan.hd[l - 1], n, k, out, arch.weightOffset(l));
            }
        }
    }

    /** Adjoints ā (through statistics), ā (fixed statistics), ǡ of hidden layer l's pre-normalisation a. */
    private double[][] layer(int l, double[] hbE, double[] hbF, double[] hdb, SnnColumns.Adjoint adjoint) {
        SnnArchitecture arch = pass.arch();
        Activation act = arch.activation();
        int n = arch.width(l);
        int points = pass.points();
        double[] ul = tan == null ? null : pass.u(l);
        double[] dl = pass.d1(l);
        double[] udl = tan == null ? null : tan.ud[l];
        // the adjoints hb, hḃ are this pass's own temporaries, consumed here: ū, u̇̄ overwrite them (index by index,
        // each read before its write) instead of new P × n arrays
        double[] ubE = hbE;
        double[] ubF = hbF != null ? hbF : hdb == null ? null : pass.take(dl.length)[0];
        double[] udb = hdb;
        Parallel par = pass.par();
        boolean energyOnly = arch.batchNorm() && ubE != null && ubF == null && udb == null;
        if (adjoint != null && !energyOnly) {
            throw new IllegalStateException("snn backward: ū computed in a product epilogue outside the energy-only path");
        }
        if (energyOnly) {
            return energyOnlyThroughStatistics(l, hbE, dl, adjoint);
        }
        par.forRanges(points, SnnPass.rowsPerTask(), (p0, p1) -> {
            int i0 = p0 * n;
            double[] d2 = hdb == null ? null : act.d2(ul, i0, p1 * n);
            for (int i = i0; i < p1 * n; i++) {
                double d1 = dl[i];
                if (ubE != null) {
                    ubE[i] = hbE[i] * d1;
                }
                if (ubF != null) {
                    double v = hbF == null ? 0 : hbF[i] * d1;
                    if (hdb != null) {
                        v += hdb[i] * udl[i] * d2[i - i0];
                        udb[i] = hdb[i] * d1;
                    }
                    ubF[i] = v;
                }
            }
        });
        if (!arch.batchNorm()) {
            return new double[][] {null, ubF, udb};
        }
        double[] xh = pass.xhat(l);
        double[] gamma = pass.weights().gamma[l];
        double[] rs = pass.rstd(l);
        double[] dGamma = SnnColumns.sums(par, ubE, xh, points, n);
        double[] dBeta = SnnColumns.sums(par, ubE, null, points, n);
        double[] sF = SnnColumns.sums(par, ubF, xh, points, n);
        double[] sFb = SnnColumns.sums(par, ubF, null, points, n);
        double[] sT = tan == null ? new double[n] : SnnColumns.sums(par, udb, tan.xd[l], points, n);
        int go = arch.gammaOffset(l);
        int bo = arch.betaOffset(l);
        for (int j = 0; j < n; j++) {
            out[go + j] += dGamma[j] + sF[j] + sT[j];
            out[bo + j] += dBeta[j] + sFb[j];
        }
        // through the statistics: dx̂ = γ·ū, ā = rstd·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)); mean(dx̂) = γ·ΣūE/P etc.
        double[] m1 = new double[n];
        double[] m2 = new double[n];
        for (int j = 0; j < n; j++) {
            m1[j] = gamma[j] * dBeta[j] / points;
            m2[j] = gamma[j] * dGamma[j] / points;
        }
        pass.par().forRanges(points, SnnPass.rowsPerTask(), (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                for (int j = 0; j < n; j++) {
                    int i = p * n + j;
                    double s = gamma[j] * rs[j];
                    if (ubE != null) {
                        ubE[i] = rs[j] * (gamma[j] * ubE[i] - m1[j] - xh[i] * m2[j]);
                    }
                    if (ubF != null) {
                        ubF[i] *= s;
                    }
                    if (udb != null) {
                        udb[i] *= s;
                    }
                }
            }
        });
        return new double[][] {ubE, ubF, udb};
    }

    /**
     * {@link #layer} when only h̄ᴱ travels (energy training with batch norm): ū = h̄·φ₁, the sums ∂γ = Σ ū·x̂,
     * ∂β = Σ ū in one fused pass (or already done: adjoint non-null, in the epilogue of the product that made h̄);
     * then sets {@link #normalized}, ā and its column sums (∂b) in one fused pass that {@link #run} makes block by
     * block ahead of the product reading ā. The same operations in the same order as the general path. Returns
     * {ū (ā once normalized has run), null, null}.
     */
    private double[][] energyOnlyThroughStatistics(int l, double[] hb, double[] dl, SnnColumns.Adjoint adjoint) {
        int n = pass.arch().width(l);
        int points = pass.points();
        Parallel par = pass.par();
        double[] xh = pass.xhat(l);
        double[] gamma = pass.weights().gamma[l];
        double[] rs = pass.rstd(l);
        double[] dGamma = new double[n];
        double[] dBeta = new double[n];
        if (adjoint != null) {
            adjoint.addTo(dGamma, dBeta);
        } else {
            SnnColumns.adjointAndSums(par, hb, dl, xh, dGamma, dBeta, points, n);
        }
        int go = pass.arch().gammaOffset(l);
        int bo = pass.arch().betaOffset(l);
        double[] m1 = new double[n];
        double[] m2 = new double[n];
        for (int j = 0; j < n; j++) {
            out[go + j] += dGamma[j];
            out[bo + j] += dBeta[j];
            m1[j] = gamma[j] * dBeta[j] / points;
            m2[j] = gamma[j] * dGamma[j] / points;
        }
        normalized = new SnnColumns.Normalized(hb, xh, rs, gamma, m1, m2, points, n);
        return new double[][] {hb, null, null};
    }

    private double[] outer(double[] perPoint, double[] v) {
        int n = v.length;
        double[] a = new double[perPoint.length * n];
        for (int p = 0; p < perPoint.length; p++) {
            for (int j = 0; j < n; j++) {
                a[p * n + j] = perPoint[p] * v[j];
            }
        }
        return a;
    }

    private double[] add(double[] a, double[] b) {
        double[] s = pass.take(a.length)[0];
        pass.par().forRanges(a.length, 1 << 14, (i0, i1) -> {
            for (int i = i0; i < i1; i++) {
                s[i] = a[i] + b[i];
            }
        });
        return s;
    }
}
