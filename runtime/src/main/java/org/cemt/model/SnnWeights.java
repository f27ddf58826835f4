package org.cemt.model;

/**
 * An immutable snapshot of the parameters in the shapes the kernels want: per hidden layer W_l [out][in] and its
 * transpose [in][out] (float copies too under {@link Precision#FLOAT32}), b_l, γ_l, β_l; w_out and b_out. A pass
 * keeps the snapshot it started with, so setting new parameters never changes a pass in progress.
 */
final class SnnWeights {
    final double[][] w;
    final double[][] wt;
    final float[][] wf;
    final float[][] wtf;
    final double[][] bias;
    final double[][] gamma;
    final double[][] beta;
    final double[] wOut;
    final double bOut;

    /** The snapshot of p, the layers copied and transposed in parallel tasks. */
    SnnWeights(SnnArchitecture arch, double[] p, Precision precision, Parallel par) {
        int layers = arch.layers();
        w = new double[layers][];
        wt = new double[layers][];
        wf = new float[layers][];
        wtf = new float[layers][];
        bias = new double[layers][];
        gamma = new double[layers][];
        beta = new double[layers][];
        par.forEach(layers, l -> {
            int n = arch.width(l);
            int k = arch.inputs(l);
            int off = arch.weightOffset(l);
            w[l] = java.util.Arrays.copyOfRange(p, off, off + n * k);
            wt[l] = transpose(w[l], n, k);
            if (precision == Precision.FLOAT32) {
                wf[l] = toFloat(w[l]);
                wtf[l] = toFloat(wt[l]);
            }
            bias[l] = java.util.Arrays.copyOfRange(p, arch.biasOffset(l), arch.biasOffset(l) + n);
            if (arch.batchNorm()) {
                gamma[l] = java.util.Arrays.copyOfRange(p, arch.gammaOffset(l), arch.gammaOffset(l) + n);
                beta[l] = java.util.Arrays.copyOfRange(p, arch.betaOffset(l), arch.betaOffset(l) + n);
            }
        });
        int o = arch.outputWeightOffset();
        wOut = java.util.Arrays.copyOfRange(p, o, o + arch.width(layers - 1));
        bOut = p[p.length - 1];
    }

    /**
     * The [k][n] transpose of a [n][k], in 32 × 32 tiles (both sides' cache lines stay in L1 while a tile is done;
     * a row-by-row transpose misses on every write of a 512 × 241 matrix).
     */
    static double[] transpose(double[] a, int n, int k) {
        double[] t = new double[k * n];
        final int tile = 32;
        for (int o0 = 0; o0 < n; o0 += tile) {
            int o1 = Math.min(n, o0 + tile);
            for (int i0 = 0; i0 < k; i0 += tile) {
                int i1 = Math.min(k, i0 + tile);
                for (int o = o0; o < o1; o++) {
                    for (int i = i0; i < i1; i++) {
                        t[i * n + o] = a[o * k + i];
                    }
                }
            }
        }
        return t;
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
