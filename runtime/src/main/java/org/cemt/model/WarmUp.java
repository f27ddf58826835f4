package org.cemt.model;

import java.util.Arrays;

/**
 * The single-threaded warm-up of a {@link GemmKernel} (see {@link GemmVector}): every kernel method on small fixed
 * operands until C2 has compiled them — products with row-major and transposed A over full register blocks,
 * narrower blocks and a scalar column, GELU and its second derivative, the batch-norm column passes. Results are
 * discarded; nothing is shared with callers.
 */
final class WarmUp {
    /** Rounds: C2 compiles every kernel within about 1,000 (measured), each round a few microseconds once compiled. */
    private static final int ROUNDS = 1500;

    private WarmUp() {
    }

    static void run(GemmKernel kernel) {
        int lanes = kernel.lanes();
        int m = 17;
        int k = 64;
        int n = 4 * lanes + 1;
        double[] a = fill(new double[m * k], 0.125, 7);
        double[] b = fill(new double[k * n], 0.25, 5);
        double[] c = new double[m * n];
        double[] h = new double[m * n];
        double[] d = new double[m * n];
        double[] s = new double[n];
        double[] t = new double[n];
        double[] mu = fill(new double[n], 0.5, 3);
        Parallel serial = new Parallel(1);
        for (int round = 0; round < ROUNDS; round++) {
            Arrays.fill(c, 0);
            double[] packed = kernel.pack(serial, b, k, n);
            kernel.rows(a, k, 1, b, packed, c, k, n, 0, m, false);
            kernel.rows(a, k, 1, b, packed, c, k, n, 0, m, true);
            kernel.rows(a, 1, m, b, packed, c, k, n, 0, m, false);
            kernel.rows(a, 1, m, b, null, c, k, n, 0, m, false);
            kernel.gelu(c, 0, h, d, 0, c.length);
            kernel.geluSecond(c, 0, h, 0, c.length);
            kernel.columnSums(c, h, null, s, 0, m, n, 0, n);
            kernel.columnSums(c, null, null, s, 0, m, n, 0, n);
            kernel.columnSums(c, null, mu, s, 0, m, n, 0, n);
            kernel.biasAndSums(c, mu, s, 0, m, n, 0, n);
            kernel.adjointAndSums(h, d, c, s, t, 0, m, n, 0, n);
            kernel.normalizedAdjointAndSums(h, c, mu, mu, s, t, s, 0, m, n, 0, n);
        }
    }

    private static double[] fill(double[] x, double step, int period) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % period) * step - 0.5;
        }
        return x;
    }
}
