package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The {@link GemmKernel} on the incubating Vector API (JDK 17 {@code jdk.incubator.vector}): a register block of
 * 8 rows × 3 vectors of C (8 × 24 doubles with AVX-512, 24 of the 32 vector registers) stays in registers over a
 * block of 128 k-steps; per k-step eight broadcasts of A, three loads of B and 24 fused multiply-adds. B is packed
 * once per product into panels of 3 vectors' width (contiguous k-steps, no page stride); a transposed A is packed
 * per task as [q][8]; constant strides in the inner loops let the JIT drop their bounds checks (measured on 241 → 512
 * layers, one thread: 45–50 GFLOP/s against 12 for the scalar kernel, a loop in L1 peaks at 82). Lanes are distinct
 * columns j, so every C(i, j) still sees its fma over q = 0 … k−1 in order and the result equals
 * {@link GemmScalar}'s bit for bit; leftover rows, vectors and columns take narrower blocks and scalar chains of the
 * same order. Loaded reflectively by {@link Gemm} only when the module is present.
 */
final class GemmVector implements GemmKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final GemmScalar SCALAR = new GemmScalar();
    /**
     * What the first k-block of an overwriting product loads instead of C (a conditional vector would reach C2 as a
     * merge of two vector values, which JDK 17 boxes: measured 16× slower).
     */
    private static final double[] ZEROS = new double[L];
    /** k-steps per block: a 3-vector panel of B (KB × 24 doubles) stays in L1 while the row blocks sweep it. */
    private static final int KB = 128;
    /** Rows of C per register block. */
    private static final int R = 8;

    /**
     * Runs every kernel of this class on small operands, single-threaded, before first use (once per JVM, about
     * one second). C2 on JDK 17 intrinsifies a Vector API call only if, when it compiles the method, the vector's
     * class is a constant; when the first compilations happen under a multi-threaded training step with the
     * profiles still filling, some compile with the class unknown and every vector operation of those methods
     * allocates (measured: 10 of 106 benchmark JVMs ran the whole energy step 2.7× slower, with a young
     * collection every 80 ms). Compiled first from this single-threaded warm-up: 54 of 54 at full speed.
     */
    static {
        WarmUp.run(new GemmVector());
    }

    /** Lanes of the preferred double species (8 with AVX-512, 4 with AVX2). */
    @Override
    public int lanes() {
        return L;
    }

    @Override
    public String description() {
        return "vector, " + L + " lanes";
    }

    @Override
    public void columnSums(double[] a, double[] b, double[] mu, double[] s, int r0, int r1, int n, int j0, int j1) {
        int j = VectorColumns.sums(a, b, mu, s, r0, r1, n, j0, j1);
        if (j < j1) {
            SCALAR.columnSums(a, b, mu, s, r0, r1, n, j, j1);
        }
    }

    @Override
    public void biasAndSums(double[] a, double[] b, double[] s, int r0, int r1, int n, int j0, int j1) {
        int j = VectorFused.biasAndSums(a, b, s, r0, r1, n, j0, j1);
        if (j < j1) {
            SCALAR.biasAndSums(a, b, s, r0, r1, n, j, j1);
        }
    }

    @Override
    public void adjointAndSums(double[] hb, double[] d1, double[] xh, double[] sXh, double[] s, int r0, int r1,
                               int n, int j0, int j1) {
        int j = VectorFused.adjointAndSums(hb, d1, xh, sXh, s, r0, r1, n, j0, j1);
        if (j < j1) {
            SCALAR.adjointAndSums(hb, d1, xh, sXh, s, r0, r1, n, j, j1);
        }
    }

    @Override
    public void normalizedAdjointAndSums(double[] u, double[] xh, double[] rs, double[] gamma, double[] m1,
                                         double[] m2, double[] s, int r0, int r1, int n, int j0, int j1) {
        int j = VectorFused.normalizedAdjointAndSums(u, xh, rs, gamma, m1, m2, s, r0, r1, n, j0, j1);
        if (j < j1) {
            SCALAR.normalizedAdjointAndSums(u, xh, rs, gamma, m1, m2, s, r0, r1, n, j, j1);
        }
    }

    @Override
    public void gelu(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        int i = VectorErf.gelu(u, uFrom, h, d1, from, to);
        if (i < to) {
            Erf.gelu(u, uFrom + (i - from), h, d1, i, to);
        }
    }

    @Override
    public void geluSecond(double[] u, int uFrom, double[] d2, int from, int to) {
        int i = VectorErf.geluSecond(u, uFrom, d2, from, to);
        if (i < to) {
            Erf.geluSecond(u, uFrom + (i - from), d2, i, to);
        }
    }

    /**
     * Column blocks of 3L as panels [block][q][3L], then the remaining whole vectors as panels [vector][q][L],
     * q = 0 … k−1; columns past the last whole vector are not packed. Constant strides in the inner loops let the
     * JIT drop their bounds checks.
     */
    @Override
    public double[] pack(Parallel par, double[] b, int k, int n) {
        int blocks = n / (3 * L);
        int vectors = n / L;
        double[] p = new double[vectors * L * k];
        // one task per panel: 3L-wide blocks first, then single vectors
        par.forEach(blocks + vectors - 3 * blocks, t -> {
            int w = t < blocks ? 3 * L : L;
            int j = t < blocks ? t * 3 * L : (t - blocks + 3 * blocks) * L;
            int off = j * k;
            for (int q = 0; q < k; q++) {
                System.arraycopy(b, q * n + j, p, off + q * w, w);
            }
        });
        return p;
    }

    @Override
    public void rows(double[] a, int rs, int cs, double[] b, double[] bp, double[] c, int k, int n, int r0, int r1,
                     boolean overwrite) {
        int nv = n - n % L;
        int blocks = n / (3 * L);
        int full = r0 + (r1 - r0) / R * R;
        // A(i + r, k0 + q) = x[base + r·stride + q]: a itself when its rows are contiguous, else a packed copy
        boolean pack = cs != 1;
        double[] ap = pack ? new double[(full - r0) * Math.min(k, KB)] : a;
        // B packed by the caller ([panel][q][width] over all k), or here per k-block into a buffer that stays in L2
        boolean local = bp == null;
        double[] panels = local ? new double[Math.min(k, KB) * nv] : bp;
        for (int k0 = 0; k0 < k; k0 += KB) {
            int k1 = Math.min(k, k0 + KB);
            int kb = k1 - k0;
            if (local) {
                packBlock(b, panels, n, k0, kb, blocks, nv);
            }
            // panel p, k-step k0 + q at (p·depth + first + q)·width
            int depth = local ? kb : k;
            int first = local ? 0 : k0;
            // the first k-block of an overwriting product starts its sums at 0 instead of loading C
            boolean fresh = overwrite && k0 == 0;
            if (pack) {
                // Aᵀ stored [q][i]: eight rows at one q are contiguous; copy them as [group][q][8], reading the
                // stored rows q in order (contiguous memory; by groups it would be a 4 KB stride, page after page)
                for (int kk = k0; kk < k1; kk++) {
                    for (int i = r0; i < full; i += R) {
                        int src = i * rs + kk * cs;
                        int d = (i - r0) * kb + (kk - k0) * R;
                        for (int v = 0; v < R; v += L) { // whole vectors: R is a multiple of L (8 or 4 lanes)
                            DoubleVector.fromArray(S, a, src + v).intoArray(ap, d + v);
                        }
                    }
                }
            }
            for (int jb = 0; jb < blocks; jb++) {
                int j = jb * 3 * L;
                int bo = (jb * depth + first) * 3 * L;
                for (int i = r0; i < full; i += R) {
                    if (pack) {
                        block8x3Packed(ap, (i - r0) * kb, panels, bo, c, n, kb, i, j, fresh);
                    } else {
                        block8x3(a, i * rs + k0, rs, panels, bo, c, n, kb, i, j, fresh);
                    }
                }
                for (int i = full; i < r1; i++) {
                    block1x3(a, rs, cs, panels, bo, c, n, k0, k1, i, j, fresh);
                }
            }
            for (int j = blocks * 3 * L; j < nv; j += L) {
                int bo = (j / L * depth + first) * L;
                for (int i = r0; i < full; i += R) {
                    block8x1(ap, pack ? (i - r0) * kb : i * rs + k0, pack ? 1 : rs, pack ? R : 1, panels, bo, c, n,
                        kb, i, j, fresh);
                }
                for (int i = full; i < r1; i++) {
                    block1x1(a, rs, cs, panels, bo, c, n, k0, k1, i, j, fresh);
                }
            }
            for (int jj = nv; jj < n; jj++) {
                for (int i = r0; i < full; i += R) {
                    columnTail(ap, pack ? (i - r0) * kb : i * rs + k0, pack ? 1 : rs, pack ? R : 1, b, c, n, k0,
                        kb, i, jj, fresh);
                }
                for (int i = full; i < r1; i++) {
                    int ai = i * rs;
                    double s = fresh ? 0 : c[i * n + jj];
                    for (int kk = k0; kk < k1; kk++) {
                        s = Math.fma(a[ai + kk * cs], b[kk * n + jj], s);
                    }
                    c[i * n + jj] = s;
                }
            }
        }
    }

    /**
     * B rows [k0, k0 + kb) in {@link #pack}'s layout with depth kb: 3L-wide panels [block][q][3L], then single
     * vectors [vector][q][L], columns [0, nv).
     */
    private static void packBlock(double[] b, double[] p, int n, int k0, int kb, int blocks, int nv) {
        for (int q = 0; q < kb; q++) {
            int src = (k0 + q) * n;
            for (int jb = 0; jb < blocks; jb++) {
                System.arraycopy(b, src + jb * 3 * L, p, (jb * kb + q) * 3 * L, 3 * L);
            }
            for (int j = blocks * 3 * L; j < nv; j += L) {
                System.arraycopy(b, src + j, p, (j / L * kb + q) * L, L);
            }
        }
    }

    /** C rows i … i+7 of column jj (past the last whole vector): eight scalar fma chains side by side. */
    private static void columnTail(double[] x, int base, int stride, int step, double[] b, double[] c, int n, int k0,
                                   int kb, int i, int jj, boolean fresh) {
        double s0 = fresh ? 0 : c[i * n + jj];
        double s1 = fresh ? 0 : c[(i + 1) * n + jj];
        double s2 = fresh ? 0 : c[(i + 2) * n + jj];
        double s3 = fresh ? 0 : c[(i + 3) * n + jj];
        double s4 = fresh ? 0 : c[(i + 4) * n + jj];
        double s5 = fresh ? 0 : c[(i + 5) * n + jj];
        double s6 = fresh ? 0 : c[(i + 6) * n + jj];
        double s7 = fresh ? 0 : c[(i + 7) * n + jj];
        for (int q = 0; q < kb; q++) {
            double bq = b[(k0 + q) * n + jj];
            int ai = base + q * step;
            s0 = Math.fma(x[ai], bq, s0);
            s1 = Math.fma(x[ai + stride], bq, s1);
            s2 = Math.fma(x[ai + 2 * stride], bq, s2);
            s3 = Math.fma(x[ai + 3 * stride], bq, s3);
            s4 = Math.fma(x[ai + 4 * stride], bq, s4);
            s5 = Math.fma(x[ai + 5 * stride], bq, s5);
            s6 = Math.fma(x[ai + 6 * stride], bq, s6);
            s7 = Math.fma(x[ai + 7 * stride], bq, s7);
        }
        c[i * n + jj] = s0;
        c[(i + 1) * n + jj] = s1;
        c[(i + 2) * n + jj] = s2;
        c[(i + 3) * n + jj] = s3;
        c[(i + 4) * n + jj] = s4;
        c[(i + 5) * n + jj] = s5;
        c[(i + 6) * n + jj] = s6;
        c[(i + 7) * n + jj] = s7;
    }

    /**
     * C rows i … i+7, columns j … j+3L += A · B panel (from bo0, [q][3L]), A(i + r, k0 + q) = x[ao + r·stride + q]:
     * unit step in q, so the JIT drops the bounds checks of the inner loop.
     */
    private static void block8x3(double[] x, int ao, int stride, double[] bp, int bo0, double[] c, int n, int kb,
                                 int i, int j, boolean fresh) {
        int c0 = i * n + j;
        int c1 = (i + 1) * n + j;
        int c2 = (i + 2) * n + j;
        int c3 = (i + 3) * n + j;
        int c4 = (i + 4) * n + j;
        int c5 = (i + 5) * n + j;
        int c6 = (i + 6) * n + j;
        int c7 = (i + 7) * n + j;
        DoubleVector x00 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0);
        DoubleVector x01 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + L);
        DoubleVector x02 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 2 * L);
        DoubleVector x10 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1);
        DoubleVector x11 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1 + L);
        DoubleVector x12 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1 + 2 * L);
        DoubleVector x20 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2);
        DoubleVector x21 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2 + L);
        DoubleVector x22 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2 + 2 * L);
        DoubleVector x30 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3);
        DoubleVector x31 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3 + L);
        DoubleVector x32 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3 + 2 * L);
        DoubleVector x40 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4);
        DoubleVector x41 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4 + L);
        DoubleVector x42 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4 + 2 * L);
        DoubleVector x50 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5);
        DoubleVector x51 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5 + L);
        DoubleVector x52 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5 + 2 * L);
        DoubleVector x60 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6);
        DoubleVector x61 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6 + L);
        DoubleVector x62 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6 + 2 * L);
        DoubleVector x70 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7);
        DoubleVector x71 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7 + L);
        DoubleVector x72 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7 + 2 * L);
        for (int q = 0; q < kb; q++) {
            int ai = ao + q;
            int bo = bo0 + 3 * L * q;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bo + L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bo + 2 * L);
            DoubleVector v = DoubleVector.broadcast(S, x[ai]);
            x00 = v.fma(b0, x00);
            x01 = v.fma(b1, x01);
            x02 = v.fma(b2, x02);
            v = DoubleVector.broadcast(S, x[ai + stride]);
            x10 = v.fma(b0, x10);
            x11 = v.fma(b1, x11);
            x12 = v.fma(b2, x12);
            v = DoubleVector.broadcast(S, x[ai + 2 * stride]);
            x20 = v.fma(b0, x20);
            x21 = v.fma(b1, x21);
            x22 = v.fma(b2, x22);
            v = DoubleVector.broadcast(S, x[ai + 3 * stride]);
            x30 = v.fma(b0, x30);
            x31 = v.fma(b1, x31);
            x32 = v.fma(b2, x32);
            v = DoubleVector.broadcast(S, x[ai + 4 * stride]);
            x40 = v.fma(b0, x40);
            x41 = v.fma(b1, x41);
            x42 = v.fma(b2, x42);
            v = DoubleVector.broadcast(S, x[ai + 5 * stride]);
            x50 = v.fma(b0, x50);
            x51 = v.fma(b1, x51);
            x52 = v.fma(b2, x52);
            v = DoubleVector.broadcast(S, x[ai + 6 * stride]);
            x60 = v.fma(b0, x60);
            x61 = v.fma(b1, x61);
            x62 = v.fma(b2, x62);
            v = DoubleVector.broadcast(S, x[ai + 7 * stride]);
            x70 = v.fma(b0, x70);
            x71 = v.fma(b1, x71);
            x72 = v.fma(b2, x72);
        }
        x00.intoArray(c, c0);
        x01.intoArray(c, c0 + L);
        x02.intoArray(c, c0 + 2 * L);
        x10.intoArray(c, c1);
        x11.intoArray(c, c1 + L);
        x12.intoArray(c, c1 + 2 * L);
        x20.intoArray(c, c2);
        x21.intoArray(c, c2 + L);
        x22.intoArray(c, c2 + 2 * L);
        x30.intoArray(c, c3);
        x31.intoArray(c, c3 + L);
        x32.intoArray(c, c3 + 2 * L);
        x40.intoArray(c, c4);
        x41.intoArray(c, c4 + L);
        x42.intoArray(c, c4 + 2 * L);
        x50.intoArray(c, c5);
        x51.intoArray(c, c5 + L);
        x52.intoArray(c, c5 + 2 * L);
        x60.intoArray(c, c6);
        x61.intoArray(c, c6 + L);
        x62.intoArray(c, c6 + 2 * L);
        x70.intoArray(c, c7);
        x71.intoArray(c, c7 + L);
        x72.intoArray(c, c7 + 2 * L);
    }

    /** As block8x3 with A packed [q][8] (A(i + r, k0 + q) = x[ao + 8q + r]). */
    private static void block8x3Packed(double[] x, int ao, double[] bp, int bo0, double[] c, int n, int kb, int i,
                                       int j, boolean fresh) {
        int c0 = i * n + j;
        int c1 = (i + 1) * n + j;
        int c2 = (i + 2) * n + j;
        int c3 = (i + 3) * n + j;
        int c4 = (i + 4) * n + j;
        int c5 = (i + 5) * n + j;
        int c6 = (i + 6) * n + j;
        int c7 = (i + 7) * n + j;
        DoubleVector x00 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0);
        DoubleVector x01 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + L);
        DoubleVector x02 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 2 * L);
        DoubleVector x10 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1);
        DoubleVector x11 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1 + L);
        DoubleVector x12 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c1 + 2 * L);
        DoubleVector x20 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2);
        DoubleVector x21 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2 + L);
        DoubleVector x22 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c2 + 2 * L);
        DoubleVector x30 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3);
        DoubleVector x31 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3 + L);
        DoubleVector x32 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c3 + 2 * L);
        DoubleVector x40 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4);
        DoubleVector x41 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4 + L);
        DoubleVector x42 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c4 + 2 * L);
        DoubleVector x50 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5);
        DoubleVector x51 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5 + L);
        DoubleVector x52 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c5 + 2 * L);
        DoubleVector x60 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6);
        DoubleVector x61 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6 + L);
        DoubleVector x62 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c6 + 2 * L);
        DoubleVector x70 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7);
        DoubleVector x71 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7 + L);
        DoubleVector x72 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c7 + 2 * L);
        for (int q = 0; q < kb; q++) {
            int ai = ao + R * q;
            int bo = bo0 + 3 * L * q;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bo + L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bo + 2 * L);
            DoubleVector v = DoubleVector.broadcast(S, x[ai]);
            x00 = v.fma(b0, x00);
            x01 = v.fma(b1, x01);
            x02 = v.fma(b2, x02);
            v = DoubleVector.broadcast(S, x[ai + 1]);
            x10 = v.fma(b0, x10);
            x11 = v.fma(b1, x11);
            x12 = v.fma(b2, x12);
            v = DoubleVector.broadcast(S, x[ai + 2]);
            x20 = v.fma(b0, x20);
            x21 = v.fma(b1, x21);
            x22 = v.fma(b2, x22);
            v = DoubleVector.broadcast(S, x[ai + 3]);
            x30 = v.fma(b0, x30);
            x31 = v.fma(b1, x31);
            x32 = v.fma(b2, x32);
            v = DoubleVector.broadcast(S, x[ai + 4]);
            x40 = v.fma(b0, x40);
            x41 = v.fma(b1, x41);
            x42 = v.fma(b2, x42);
            v = DoubleVector.broadcast(S, x[ai + 5]);
            x50 = v.fma(b0, x50);
            x51 = v.fma(b1, x51);
            x52 = v.fma(b2, x52);
            v = DoubleVector.broadcast(S, x[ai + 6]);
            x60 = v.fma(b0, x60);
            x61 = v.fma(b1, x61);
            x62 = v.fma(b2, x62);
            v = DoubleVector.broadcast(S, x[ai + 7]);
            x70 = v.fma(b0, x70);
            x71 = v.fma(b1, x71);
            x72 = v.fma(b2, x72);
        }
        x00.intoArray(c, c0);
        x01.intoArray(c, c0 + L);
        x02.intoArray(c, c0 + 2 * L);
        x10.intoArray(c, c1);
        x11.intoArray(c, c1 + L);
        x12.intoArray(c, c1 + 2 * L);
        x20.intoArray(c, c2);
        x21.intoArray(c, c2 + L);
        x22.intoArray(c, c2 + 2 * L);
        x30.intoArray(c, c3);
        x31.intoArray(c, c3 + L);
        x32.intoArray(c, c3 + 2 * L);
        x40.intoArray(c, c4);
        x41.intoArray(c, c4 + L);
        x42.intoArray(c, c4 + 2 * L);
        x50.intoArray(c, c5);
        x51.intoArray(c, c5 + L);
        x52.intoArray(c, c5 + 2 * L);
        x60.intoArray(c, c6);
        x61.intoArray(c, c6 + L);
        x62.intoArray(c, c6 + 2 * L);
        x70.intoArray(c, c7);
        x71.intoArray(c, c7 + L);
        x72.intoArray(c, c7 + 2 * L);
    }

    /** One row i of C, columns j … j+3L, += A row (unpacked) · packed B panel ([q][3L]). */
    private static void block1x3(double[] a, int rs, int cs, double[] bp, int bo0, double[] c, int n, int k0, int k1,
                                 int i, int j, boolean fresh) {
        int c0 = i * n + j;
        DoubleVector x0 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0);
        DoubleVector x1 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + L);
        DoubleVector x2 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 2 * L);
        int ai = i * rs + k0 * cs;
        for (int kk = k0, bo = bo0; kk < k1; kk++, bo += 3 * L) {
            DoubleVector v = DoubleVector.broadcast(S, a[ai]);
            x0 = v.fma(DoubleVector.fromArray(S, bp, bo), x0);
            x1 = v.fma(DoubleVector.fromArray(S, bp, bo + L), x1);
            x2 = v.fma(DoubleVector.fromArray(S, bp, bo + 2 * L), x2);
            ai += cs;
        }
        x0.intoArray(c, c0);
        x1.intoArray(c, c0 + L);
        x2.intoArray(c, c0 + 2 * L);
    }

    /** C rows i … i+7, columns j … j+L += A (x[ao + r·stride + q·step]) · B panel (from bo0, [q][L]). */
    private static void block8x1(double[] x, int ao, int stride, int step, double[] bp, int bo0, double[] c, int n,
                                 int kb, int i, int j, boolean fresh) {
        int c0 = i * n + j;
        DoubleVector x0 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0);
        DoubleVector x1 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 1 * n);
        DoubleVector x2 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0 + 7 * n);
        for (int q = 0; q < kb; q++) {
            int ai = ao + q * step;
            DoubleVector bv = DoubleVector.fromArray(S, bp, bo0 + L * q);
            x0 = DoubleVector.broadcast(S, x[ai]).fma(bv, x0);
            x1 = DoubleVector.broadcast(S, x[ai + stride]).fma(bv, x1);
            x2 = DoubleVector.broadcast(S, x[ai + 2 * stride]).fma(bv, x2);
            x3 = DoubleVector.broadcast(S, x[ai + 3 * stride]).fma(bv, x3);
            x4 = DoubleVector.broadcast(S, x[ai + 4 * stride]).fma(bv, x4);
            x5 = DoubleVector.broadcast(S, x[ai + 5 * stride]).fma(bv, x5);
            x6 = DoubleVector.broadcast(S, x[ai + 6 * stride]).fma(bv, x6);
            x7 = DoubleVector.broadcast(S, x[ai + 7 * stride]).fma(bv, x7);
        }
        x0.intoArray(c, c0);
        x1.intoArray(c, c0 + 1 * n);
        x2.intoArray(c, c0 + 2 * n);
        x3.intoArray(c, c0 + 3 * n);
        x4.intoArray(c, c0 + 4 * n);
        x5.intoArray(c, c0 + 5 * n);
        x6.intoArray(c, c0 + 6 * n);
        x7.intoArray(c, c0 + 7 * n);
    }

    /** One row i of C, columns j … j+L, += A row (unpacked) · B panel (from bo, [q][L]). */
    private static void block1x1(double[] a, int rs, int cs, double[] bp, int bo0, double[] c, int n, int k0, int k1,
                                 int i, int j, boolean fresh) {
        int c0 = i * n + j;
        DoubleVector x = DoubleVector.fromArray(S, fresh ? ZEROS : c, fresh ? 0 : c0);
        int ai = i * rs + k0 * cs;
        for (int kk = k0, bo = bo0; kk < k1; kk++, bo += L) {
            x = DoubleVector.broadcast(S, a[ai]).fma(DoubleVector.fromArray(S, bp, bo), x);
            ai += cs;
        }
        x.intoArray(c, c0);
    }
}
