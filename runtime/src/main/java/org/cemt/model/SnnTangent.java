package org.cemt.model;

/**
 * The tangent (forward-mode) pass of a {@link SnnPass} in directions t_i: per hidden layer ȧ = W·ḣ, with batch norm
 * x̂̇ = rstd·ȧ and u̇ = γ·x̂̇ (statistics fixed), ḣ = φ'(u)·u̇; ė = w_out·ḣ. Kept for the reverse pass of the force
 * term, which needs u̇ (for φ''), x̂̇ (for γ) and ḣ (for the weights).
 */
final class SnnTangent {
    final double[] t;
    final double[][] xd;
    final double[][] ud;
    final double[][] hd;
    private final double[] outputs;

    SnnTangent(SnnPass pass, double[] t) {
        this.t = t;
        SnnArchitecture arch = pass.arch();
        SnnWeights w = pass.weights();
        int layers = arch.layers();
        int points = pass.points();
        xd = new double[layers][];
        ud = new double[layers][];
        hd = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int n = arch.width(l);
            double[] rs = arch.batchNorm() ? pass.rstd(l) : null;
            int size = points * n;
            // from the network's pool (SnnPass.take): every element is written below
            double[][] z = pass.take(size, rs == null ? 0 : size, size);
            double[] a = pass.product(l == 0 ? t : hd[l - 1], arch.inputs(l), w.wt[l], w.wtf[l], n, z[0]);
            double[] gamma = w.gamma[l];
            double[] dl = pass.d1(l);
            double[] u1 = rs == null ? a : z[1];
            double[] h1 = z[2];
            pass.par().forRanges(points, SnnPass.rowsPerTask(), (p0, p1) -> {
                for (int p = p0; p < p1; p++) {
                    for (int j = 0; j < n; j++) {
                        int i = p * n + j;
                        if (rs != null) {
                            a[i] *= rs[j];
                            u1[i] = gamma[j] * a[i];
                        }
                        h1[i] = dl[i] * u1[i];
                    }
                }
            });
            xd[l] = rs == null ? null : a;
            ud[l] = u1;
            hd[l] = h1;
        }
        int n = arch.width(layers - 1);
        outputs = new double[points];
        double[] top = hd[layers - 1];
        for (int p = 0; p < points; p++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += w.wOut[j] * top[p * n + j];
            }
            outputs[p] = s;
        }
    }

    /** ė_i, a copy. */
    double[] outputs() {
        return outputs.clone();
    }
}
