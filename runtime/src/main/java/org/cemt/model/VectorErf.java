package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Erf}'s e^{−y}, erf and GELU lane by lane for {@link GemmVector}: the same constants and the same IEEE
 * operations in the same order (fma where Erf uses fma), so every lane equals Erf's scalar result bit for bit
 * (NaN inputs give NaN). Branches become selections: every lane computes both erf forms and keeps one; 2^{−n}
 * is built from the bits of the rounding sum MAGIC + n as in Erf (an integer subtraction and shift; no
 * conversion to integers and no gathers, which C2 on JDK 17 does not turn into vector instructions).
 */
final class VectorErf {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> SL = S.withLanes(long.class);
    private static final int L = S.length();
    /** Elements per block of {@link #gelu} (its buffer of exponentials, 4 KiB, stays in L1). */
    private static final int BLOCK = 512;

    private VectorErf() {
    }

    /**
     * Lanes of {@link Erf#gelu}: h[i], d1[i] for i in [from, end), whole vectors only; returns end (the caller
     * finishes [end, to) with the scalar form). In blocks of {@link #BLOCK} elements, three loops in turn:
     * e^{−u²/2}, erf's tail form, then the series form and the outputs, through buffers
     * that stay in L1. Each loop is its own {@link Pass}, called at one megamorphic site, so C2 compiles each on its
     * own and never inlines one into another or into a caller: with all in one compilation C2 exceeded its node
     * budget, left a vector operation out of line and boxed its vectors (measured 1.3–3× slower than the old scalar
     * loop, depending on the order of compilation). Each loop writes its operations out (no helper returning a
     * vector) for the same reason. u not modified; h, d1 modified.
     */
    static int gelu(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        int end = from + (to - from) / L * L;
        int size = Math.min(BLOCK, end - from);
        double[] e = new double[size];
        double[] f = new double[size];
        for (int i0 = from; i0 < end; i0 += BLOCK) {
            int i1 = Math.min(end, i0 + BLOCK);
            for (Pass pass : PASSES) {
                pass.run(u, uFrom + (i0 - from), e, f, h, d1, i0, i1);
            }
        }
        return end;
    }

    /**
     * Lanes of {@link Erf#geluSecond}: d2[i] for i in [from, end), whole vectors only; returns end. Blocks of
     * {@link #BLOCK}: the first pass of {@link #gelu} (e = e^{−u²/2}), then d2 = ϕ·(2 − u²).
     */
    static int geluSecond(double[] u, int uFrom, double[] d2, int from, int to) {
        int end = from + (to - from) / L * L;
        double[] e = new double[Math.min(BLOCK, end - from)];
        for (int i0 = from; i0 < end; i0 += BLOCK) {
            int i1 = Math.min(end, i0 + BLOCK);
            for (Pass pass : SECOND) {
                pass.run(u, uFrom + (i0 - from), e, null, d2, null, i0, i1);
            }
        }
        return end;
    }

    /** Passes of {@link #gelu} in order. */
    private static final Pass[] PASSES = {new Exponentials(), new Tails(), new Outputs()};
    /** Passes of {@link #geluSecond} in order. */
    private static final Pass[] SECOND = {PASSES[0], new Second()};

    /**
     * One loop over a block: u[uFrom + (i − from)] for i in [from, to), buffers e, f indexed i − from, outputs h,
     * d1 indexed i.
     */
    private abstract static class Pass {
        abstract void run(double[] u, int uFrom, double[] e, double[] f, double[] h, double[] d1, int from, int to);
    }

    /** e = {@link Erf#expNegSquare}(|x|), x = u/√2, {@link Erf#expNeg} written out. */
    private static final class Exponentials extends Pass {
        @Override
        void run(double[] u, int uFrom, double[] e, double[] f, double[] h, double[] d1, int from, int to) {
            int len = to - from;
            double[] c = Erf.EXP;
            for (int j = 0; j < len; j += L) {
                DoubleVector ax = DoubleVector.fromArray(S, u, uFrom + j).mul(Activation.INV_SQRT2).abs();
                DoubleVector a = ax.min(Erf.SQUARE_MAX);
                DoubleVector hi = a.mul(a);
                DoubleVector negLo = a.neg().fma(a, hi);
                DoubleVector t = hi.mul(Erf.INV_LN2).add(Erf.MAGIC);
                DoubleVector n = t.sub(Erf.MAGIC);
                // 2^{−n} from the bits of t = MAGIC + n, as Erf.expNeg
                DoubleVector p = LongVector.broadcast(SL, Erf.POWER_BIAS).sub(t.reinterpretAsLongs())
                    .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
                DoubleVector r = n.neg().fma(DoubleVector.broadcast(S, Erf.LN2_HI), hi);
                r = n.neg().fma(DoubleVector.broadcast(S, Erf.LN2_LO), r);
                DoubleVector r2 = r.mul(r);
                DoubleVector even = DoubleVector.broadcast(S, c[12]);
                even = even.fma(r2, DoubleVector.broadcast(S, c[10]));
                even = even.fma(r2, DoubleVector.broadcast(S, c[8]));
                even = even.fma(r2, DoubleVector.broadcast(S, c[6]));
                even = even.fma(r2, DoubleVector.broadcast(S, c[4]));
                even = even.fma(r2, DoubleVector.broadcast(S, c[2]));
                even = even.fma(r2, DoubleVector.broadcast(S, c[0]));
                DoubleVector odd = DoubleVector.broadcast(S, c[13]);
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[11]));
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[9]));
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[7]));
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[5]));
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[3]));
                odd = odd.fma(r2, DoubleVector.broadcast(S, c[1]));
                DoubleVector ex = odd.fma(r, even).mul(p);
                ex = ex.fma(negLo, ex);
                ex.blend(0.0, ax.compare(VectorOperators.GT, Erf.SQUARE_MAX)).intoArray(e, j);
            }
        }
    }

    /** f = erf(x) by the tail form ±(1 − e·R) of {@link Erf#erf(double, double, double)} (±1 beyond 6). */
    private static final class Tails extends Pass {
        @Override
        void run(double[] u, int uFrom, double[] e, double[] f, double[] h, double[] d1, int from, int to) {
            double[] b = Erf.TAIL;
            for (int j = 0; j < to - from; j += L) {
                DoubleVector x = DoubleVector.fromArray(S, u, uFrom + j).mul(Activation.INV_SQRT2);
                DoubleVector ax = x.abs();
                DoubleVector ev = DoubleVector.fromArray(S, e, j);
                DoubleVector s = ax.fma(Erf.S_A, Erf.S_B).div(ax.add(Erf.K));
                DoubleVector s2 = s.mul(s);
                DoubleVector even = DoubleVector.broadcast(S, b[16]);
                even = even.fma(s2, DoubleVector.broadcast(S, b[14]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[12]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[10]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[8]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[6]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[4]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[2]));
                even = even.fma(s2, DoubleVector.broadcast(S, b[0]));
                DoubleVector odd = DoubleVector.broadcast(S, b[15]);
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[13]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[11]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[9]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[7]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[5]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[3]));
                odd = odd.fma(s2, DoubleVector.broadcast(S, b[1]));
                DoubleVector tail = odd.fma(s, even);
                DoubleVector w = ev.neg().fma(tail, DoubleVector.broadcast(S, 1.0));
                w = w.blend(1.0, ax.compare(VectorOperators.GE, Erf.TOP));
                w = w.blend(w.neg(), x.compare(VectorOperators.LT, 0.0));
                w.intoArray(f, j);
            }
        }
    }

    /** erf(x) by the series below ½, else f; then h = u·Φ(u), d1 = Φ(u) + u·ϕ(u) as {@link Erf#gelu}. */
    private static final class Outputs extends Pass {
        @Override
        void run(double[] u, int uFrom, double[] e, double[] f, double[] h, double[] d1, int from, int to) {
            double[] a = Erf.SMALL;
            int shift = uFrom - from;
            for (int i = from; i < to; i += L) {
                DoubleVector v = DoubleVector.fromArray(S, u, i + shift);
                DoubleVector x = v.mul(Activation.INV_SQRT2);
                DoubleVector ax = x.abs();
                DoubleVector z = ax.mul(ax);
                DoubleVector z2 = z.mul(z);
                DoubleVector evenA = DoubleVector.broadcast(S, a[12]);
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[10]));
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[8]));
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[6]));
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[4]));
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[2]));
                evenA = evenA.fma(z2, DoubleVector.broadcast(S, a[0]));
                DoubleVector oddA = DoubleVector.broadcast(S, a[11]);
                oddA = oddA.fma(z2, DoubleVector.broadcast(S, a[9]));
                oddA = oddA.fma(z2, DoubleVector.broadcast(S, a[7]));
                oddA = oddA.fma(z2, DoubleVector.broadcast(S, a[5]));
                oddA = oddA.fma(z2, DoubleVector.broadcast(S, a[3]));
                oddA = oddA.fma(z2, DoubleVector.broadcast(S, a[1]));
                DoubleVector small = x.mul(oddA.fma(z, evenA));
                DoubleVector w = DoubleVector.fromArray(S, f, i - from)
                    .blend(small, ax.compare(VectorOperators.LT, Erf.X0));
                DoubleVector cdf = w.add(1).mul(0.5);
                v.mul(cdf).intoArray(h, i);
                v.mul(Activation.INV_SQRT_2PI).mul(DoubleVector.fromArray(S, e, i - from)).add(cdf).intoArray(d1, i);
            }
        }
    }

    /** h ← ϕ(u)·(2 − u²) as {@link Erf#geluSecond}, given e = e^{−u²/2} (h is geluSecond's d2). */
    private static final class Second extends Pass {
        @Override
        void run(double[] u, int uFrom, double[] e, double[] f, double[] h, double[] d1, int from, int to) {
            int shift = uFrom - from;
            for (int i = from; i < to; i += L) {
                DoubleVector w = DoubleVector.fromArray(S, u, i + shift).abs().min(Erf.SECOND_CAP);
                DoubleVector phi = DoubleVector.fromArray(S, e, i - from).mul(Activation.INV_SQRT_2PI);
                phi.mul(DoubleVector.broadcast(S, 2.0).sub(w.mul(w))).intoArray(h, i);
            }
        }
    }
}
