package org.cemt.model;

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^{−s²} ds and e^{−y} to double precision, for the exact GELU of
 * {@link Activation#GELU}, written as one sequence of IEEE operations (additions, multiplications, fused
 * multiply-adds, one division, comparisons and selections, one integer subtraction and shift for 2^{−n}; no table
 * lookups) that {@link VectorErf} repeats lane by lane on the Vector API, so the two agree bit for bit. Measured
 * against mpmath (40 digits, 4,000 random points): erf within 1.9e-16 on [−7, 7], e^{−y} within 2.7e-16 relative;
 * ErfTest asserts 4e-16 against {@link #reference} and 3e-16 against tabulated values, 4e-16 relative against
 * {@link Math#exp}.
 *
 * <p>e^{−y}, 0 ≤ y ≤ 42.25: y = n·ln 2 + r, n = rint(y/ln 2) by the 1.5·2⁵² rounding trick, r by Cody–Waite with
 * fdlibm's two-part ln 2 (e_exp.c), |r| ≤ ln2/2; e^{−r} by its Taylor polynomial of degree 13 (remainder below
 * 5e-18); 2^{−n} (0 ≤ n ≤ 61) exactly from the bits of t = MAGIC + n: (POWER_BIAS − bits(t)) shifted left by 52
 * (the vector form reinterprets lanes as longs: no conversion to integers, which C2 on JDK 17 does not vectorise).
 * e^{−x²} beyond |x| = 6.5 is returned as 0: it is below 2.3e-19 there, and GELU needs it for erf below |x| = 6 and
 * for the density ϕ(u), u = √2·x, whose product with u is then below 2e-18.
 *
 * <p>erf(x): for |x| &lt; ½ its Taylor series x·Σ cₙ x²ⁿ, cₙ = 2/√π (−1)ⁿ/(n!(2n+1)), to n = 12 (remainder below
 * 1e-19); for ½ ≤ |x| &lt; 6, erf = 1 − e^{−x²}·R(x) with R = e^{x²} erfc(x) (smooth, ~1/(x√π)) as a polynomial of
 * degree 16 in s, s affine in t = (x − 3.5)/(x + 3.5) and spanning [−1, 1] on [½, 6]. Its coefficients are built
 * at class load: the first 17 Chebyshev coefficients from R at 256 Chebyshev nodes (Laplace's continued fraction,
 * as {@link #reference}; the many nodes average out the samples' rounding errors, which interpolation at 17 nodes
 * amplified to 2e-15), rewritten as powers of s. x² = hi + lo exactly (fma), e^{−x²} = e^{−hi}(1 − lo).
 * Beyond 6, erfc(x) &lt; 2.2e-17 and erf = ±1.
 */
final class Erf {
    /** 2/√π to 20 digits, 1.1283791670955125739 (OEIS A190732). */
    static final double TWO_OVER_SQRT_PI = 1.1283791670955125739;
    /** 1/ln 2 (any value near it works: it only picks n). */
    static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 in two parts (fdlibm e_exp.c ln2HI[0], ln2LO[0]): n·LN2_HI is exact for n &lt; 2²⁰. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5·2⁵²: (t + MAGIC) − MAGIC rounds |t| &lt; 2⁵¹ to the nearest integer. */
    static final double MAGIC = 0x1.8p52;
    /** bits(MAGIC) + 1023: for t = MAGIC + n, (POWER_BIAS − bits(t)) << 52 are the bits of 2^{−n}. */
    static final long POWER_BIAS = Double.doubleToRawLongBits(MAGIC) + 1023;
    /** |x| above which e^{−x²} is 0 ({@link #expNegSquare}). */
    static final double SQUARE_MAX = 6.5;
    /** Largest y for e^{−y}: SQUARE_MAX², so n ≤ 61 and 2^{−n} is a normal double. */
    static final double Y_MAX = SQUARE_MAX * SQUARE_MAX;
    /** e^{−r} = Σ EXP[k] rᵏ, EXP[k] = (−1)ᵏ/k!. */
    static final double[] EXP = new double[14];
    /** Below X0, the Taylor series; erf(x) = x·Σ SMALL[n] x²ⁿ. */
    static final double X0 = 0.5;
    static final double[] SMALL = new double[13];
    /** From X0 to TOP, 1 − e^{−x²}·Σ TAIL[i] sⁱ with s = (S_A·|x| + S_B)/(|x| + K). */
    static final double TOP = 6;
    static final double K = 3.5;
    static final double S_A;
    static final double S_B;
    static final double[] TAIL = new double[17];
    /** Chebyshev nodes sampled for TAIL: many more than terms, so the samples' rounding errors average out. */
    private static final int NODES = 256;
    /** √π to 20 digits, 1.7724538509055160273 (OEIS A002161). */
    private static final double SQRT_PI = 1.7724538509055160273;

    static {
        double f = 1;
        for (int k = 0; k < EXP.length; k++) {
            f *= Math.max(k, 1);
            EXP[k] = (k % 2 == 0 ? 1 : -1) / f;
        }
        f = 1;
        for (int n = 0; n < SMALL.length; n++) {
            f *= Math.max(n, 1);
            SMALL[n] = (n % 2 == 0 ? TWO_OVER_SQRT_PI : -TWO_OVER_SQRT_PI) / (f * (2 * n + 1));
        }
        // t = (x − K)/(x + K) on [X0, TOP]; s = (t − tm)/th = ((1 − tm)x − K(1 + tm)) / (th(x + K))
        double t0 = (X0 - K) / (X0 + K);
        double t1 = (TOP - K) / (TOP + K);
        double tm = 0.5 * (t0 + t1);
        double th = 0.5 * (t1 - t0);
        S_A = (1 - tm) / th;
        S_B = -K * (1 + tm) / th;
        int terms = TAIL.length;
        double[] cheb = new double[terms];
        double[] lost = new double[terms];
        for (int j = 0; j < NODES; j++) {
            double theta = Math.PI * (j + 0.5) / NODES;
            double t = tm + th * Math.cos(theta);
            double x = K * (1 + t) / (1 - t);
            double r = 1 / (SQRT_PI * continuedFraction(x, 2000));
            for (int k = 0; k < terms; k++) {
                // compensated (Kahan) sums; cos(kθ) from the exact integer angle k(2j + 1) mod 4·NODES (k·θ rounded drifts by 1e-15)
                double cos = Math.cos(Math.PI * ((k * (2 * j + 1)) % (4 * NODES)) / (2 * NODES));
                double y = r * cos * (k == 0 ? 1.0 : 2.0) / NODES - lost[k];
                double sum = cheb[k] + y;
                lost[k] = (sum - cheb[k]) - y;
                cheb[k] = sum;
            }
        }
        // Σ cheb[k]·T_k(s) as powers of s, T_{k+1} = 2s·T_k − T_{k−1} (integer coefficients, exact)
        double[] prev = new double[terms];
        double[] cur = new double[terms];
        prev[0] = 1;
        cur[1] = 1;
        TAIL[0] = cheb[0];
        for (int k = 1; k < terms; k++) {
            for (int i = 0; i <= k; i++) {
                TAIL[i] += cheb[k] * cur[i];
            }
            double[] next = new double[terms];
            for (int i = 0; i <= k && k + 1 < terms; i++) {
                next[i + 1] += 2 * cur[i];
                next[i] -= prev[i];
            }
            prev = cur;
            cur = next;
        }
    }

    private Erf() {
    }

    /** erf(x); odd, erf(±∞) = ±1, NaN for NaN. */
    static double erf(double x) {
        double ax = Math.abs(x);
        return erf(x, ax, ax < X0 ? 0 : expNegSquare(ax));
    }

    /**
     * erf(x) given ax = |x| and e = {@link #expNegSquare}(ax) (any value when ax &lt; X0: GELU reuses e for the
     * normal density). The vector form selects among the same three results.
     */
    static double erf(double x, double ax, double e) {
        if (ax < X0) {
            return x * poly(SMALL, ax * ax);
        }
        double v;
        if (ax >= TOP) {
            v = 1;
        } else {
            double s = Math.fma(S_A, ax, S_B) / (ax + K);
            v = Math.fma(-e, poly(TAIL, s), 1);
        }
        return x < 0 ? -v : v;
    }

    /**
     * e^{−ax²} for ax ≥ 0: e^{−hi}·(1 − lo) with ax² = hi + lo exactly; 0 for ax &gt; {@link #SQUARE_MAX} (the
     * square of the clamped ax is computed all the same, as the vector form does).
     */
    static double expNegSquare(double ax) {
        double a = Math.min(ax, SQUARE_MAX);
        double hi = a * a;
        double negLo = Math.fma(-a, a, hi);
        double e = expNeg(hi);
        e = Math.fma(e, negLo, e);
        return ax > SQUARE_MAX ? 0 : e;
    }

    /** e^{−y} for 0 ≤ y ≤ {@link #Y_MAX} (NaN for NaN). */
    static double expNeg(double y) {
        double t = y * INV_LN2 + MAGIC;
        double n = t - MAGIC;
        double r = Math.fma(-n, LN2_HI, y);
        r = Math.fma(-n, LN2_LO, r);
        // 2^{−n}, n an integer in [0, 61], exactly: its bits are (bits(MAGIC) + 1023 − bits(t)) << 52
        return poly(EXP, r) * Double.longBitsToDouble((POWER_BIAS - Double.doubleToRawLongBits(t)) << 52);
    }

    /**
     * Σ c[i]·xⁱ as even and odd parts in x², each by Horner with fused multiply-adds, joined by one more (half
     * the dependency depth of plain Horner). VectorErf writes the same operations out for each array's length
     * (14, 13, 17): a change of length here must be made there too (GeluKernelTest then fails).
     */
    static double poly(double[] c, double x) {
        double x2 = x * x;
        int top = c.length - 1;
        int e = top - (top & 1);
        int o = top - 1 + (top & 1);
        double even = c[e];
        for (int i = e - 2; i >= 0; i -= 2) {
            even = Math.fma(even, x2, c[i]);
        }
        double odd = c[o];
        for (int i = o - 2; i >= 1; i -= 2) {
            odd = Math.fma(odd, x2, c[i]);
        }
        return Math.fma(odd, x, even);
    }

    /**
     * h[i] = GELU(u) = u·Φ(u) and d1[i] = GELU'(u) = Φ(u) + u·ϕ(u) for u = u[uFrom + (i − from)], i in [from, to),
     * Φ(u) = ½(1 + erf(u/√2)), ϕ(u) = e^{−u²/2}/√(2π) with the exponential of erf. u not modified; h, d1 modified.
     */
    static void gelu(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        int shift = uFrom - from;
        for (int i = from; i < to; i++) {
            double v = u[i + shift];
            double x = v * Activation.INV_SQRT2;
            double ax = Math.abs(x);
            double e = expNegSquare(ax);
            double cdf = 0.5 * (1 + erf(x, ax, e));
            h[i] = v * cdf;
            d1[i] = cdf + v * Activation.INV_SQRT_2PI * e;
        }
    }

    /**
     * d2[i] = {@link #geluSecond(double)} of u[uFrom + (i − from)], i in [from, to), ϕ(u) = e^{−u²/2}/√(2π) with the
     * exponential of {@link #gelu} (the force term's second derivative). u not modified; d2 modified.
     */
    static void geluSecond(double[] u, int uFrom, double[] d2, int from, int to) {
        int shift = uFrom - from;
        for (int i = from; i < to; i++) {
            d2[i] = geluSecond(u[i + shift]);
        }
    }

    /**
     * GELU''(v) = ϕ(v)·(2 − v²); |v| is capped at {@link #SECOND_CAP} in the factor 2 − v² (ϕ is already 0 there),
     * so huge |v| give 0, not 0·∞.
     */
    static double geluSecond(double v) {
        double w = Math.min(Math.abs(v), SECOND_CAP);
        return Activation.INV_SQRT_2PI * expNegSquare(Math.abs(v * Activation.INV_SQRT2)) * (2 - w * w);
    }

    /** Where GELU'' is capped: e^{−v²/2} is exactly 0 well before (|v|/√2 &gt; {@link #SQUARE_MAX}). */
    static final double SECOND_CAP = 40;

    /**
     * Reference erf from exact expansions (slow; tests compare against it): for |x| &lt; ½ the series
     * 2/√π e^{−x²} Σₙ 2ⁿx^{2n+1}/(2n+1)!! (positive terms, no cancellation), else 1 − erfc with erfc from
     * Laplace's continued fraction e^{−x²}/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))), 2,000 levels deep below x = 2
     * and 300 above. Within 3e-16 of erf on [−7, 7] (mpmath at 40 digits, 4,000 random points).
     */
    static double reference(double x) {
        double ax = Math.abs(x);
        double v;
        if (ax < X0) {
            double term = ax;
            double sum = ax;
            double twoX2 = 2 * ax * ax;
            for (int n = 1; n < 200 && term > 1e-18 * sum; n++) {
                term *= twoX2 / (2 * n + 1);
                sum += term;
            }
            v = TWO_OVER_SQRT_PI * Math.exp(-ax * ax) * sum;
        } else {
            v = 1 - Math.exp(-ax * ax) / SQRT_PI / continuedFraction(ax, ax < 2 ? 2000 : 300);
        }
        return x < 0 ? -v : v;
    }

    /**
     * Laplace's continued fraction x + ½/(x + 1/(x + 3/2/(x + …))), levels deep, = e^{−x²}/(√π erfc x); positive
     * terms, evaluated from the bottom. 2,000 levels reach double precision from x = ½ on (300 from x = 2).
     */
    static double continuedFraction(double x, int levels) {
        double f = x;
        for (int n = levels; n >= 1; n--) {
            f = x + 0.5 * n / f;
        }
        return f;
    }
}
