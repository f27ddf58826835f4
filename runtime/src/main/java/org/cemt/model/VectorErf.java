package org.cemt.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Erf}'s e^{−y}, erf and GELU lane by lane for {@link GemmVector}: the same constants and the same IEEE
 * operations in the same order (fma where Erf uses fma), so every lane equals Erf's scalar result bit for bit
 * (NaN inputs give NaN). Branches become selections: every lane computes both erf forms and keeps one; 2^{−n}
 * is the product of the powers 2^{−2^k} selected by n's binary digits (compare and blend; no conversion to
 * integers, no gathers, which C2 on JDK 17 does not turn into vector instructions).
 */
final class VectorErf {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorErf() {
    }

    /**
     * Lanes of {@link Erf#gelu}: h[i], d1[i] for i in [from, end), whole vectors only; returns end (the caller
     * finishes [end, to) with the scalar form). u not modified; h, d1 modified.
     */
    static int gelu(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        int shift = uFrom - from;
        int i = from;
        for (; i + L <= to; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, u, i + shift);
            DoubleVector x = v.mul(Activation.INV_SQRT2);
            DoubleVector ax = x.abs();
            DoubleVector e = expNegSquare(ax);
            DoubleVector cdf = erf(x, ax, e).add(1).mul(0.5);
            v.mul(cdf).intoArray(h, i);
            v.mul(Activation.INV_SQRT_2PI).mul(e).add(cdf).intoArray(d1, i);
        }
        return i;
    }

    /** {@link Erf#erf(double, double, double)}: both forms, then the selections. */
    static DoubleVector erf(DoubleVector x, DoubleVector ax, DoubleVector e) {
        DoubleVector small = x.mul(poly(Erf.SMALL, ax.mul(ax)));
        DoubleVector s = ax.fma(Erf.S_A, Erf.S_B).div(ax.add(Erf.K));
        DoubleVector v = e.neg().fma(poly(Erf.TAIL, s), DoubleVector.broadcast(S, 1.0));
        v = v.blend(1.0, ax.compare(VectorOperators.GE, Erf.TOP));
        v = v.blend(v.neg(), x.compare(VectorOperators.LT, 0.0));
        return v.blend(small, ax.compare(VectorOperators.LT, Erf.X0));
    }

    /** {@link Erf#expNegSquare}. */
    static DoubleVector expNegSquare(DoubleVector ax) {
        DoubleVector a = ax.min(Erf.SQUARE_MAX);
        DoubleVector hi = a.mul(a);
        DoubleVector negLo = a.neg().fma(a, hi);
        DoubleVector e = expNeg(hi);
        return e.fma(negLo, e);
    }

    /** {@link Erf#expNeg}. */
    static DoubleVector expNeg(DoubleVector y) {
        DoubleVector yc = y.min(Erf.Y_MAX);
        DoubleVector n = yc.mul(Erf.INV_LN2).add(Erf.MAGIC).sub(Erf.MAGIC);
        DoubleVector r = n.neg().fma(DoubleVector.broadcast(S, Erf.LN2_HI), yc);
        r = n.neg().fma(DoubleVector.broadcast(S, Erf.LN2_LO), r);
        DoubleVector scale = DoubleVector.broadcast(S, 1.0);
        for (int k = 0; k < Erf.BIT.length; k++) {
            VectorMask<Double> m = n.compare(VectorOperators.GE, Erf.BIT[k]);
            n = n.blend(n.sub(Erf.BIT[k]), m);
            scale = scale.blend(scale.mul(Erf.BIT_SCALE[k]), m);
        }
        return poly(Erf.EXP, r).mul(scale).blend(0.0, y.compare(VectorOperators.GT, Erf.Y_MAX));
    }

    /** {@link Erf#poly}. */
    static DoubleVector poly(double[] c, DoubleVector x) {
        DoubleVector x2 = x.mul(x);
        int top = c.length - 1;
        int e = top - (top & 1);
        int o = top - 1 + (top & 1);
        DoubleVector even = DoubleVector.broadcast(S, c[e]);
        for (int i = e - 2; i >= 0; i -= 2) {
            even = even.fma(x2, DoubleVector.broadcast(S, c[i]));
        }
        DoubleVector odd = DoubleVector.broadcast(S, c[o]);
        for (int i = o - 2; i >= 1; i -= 2) {
            odd = odd.fma(x2, DoubleVector.broadcast(S, c[i]));
        }
        return odd.fma(x, even);
    }
}
