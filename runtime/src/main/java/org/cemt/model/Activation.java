package org.cemt.model;

/**
 * The activation φ of the hidden layers, with φ' (back-propagation, forces) and φ'' (the weight gradient of the
 * force term, which differentiates φ'(u)·u̇ once more). All in double precision.
 */
public enum Activation {
    /**
     * GELU, exact form u·Φ(u) = ½u(1 + erf(u/√2)) as PyTorch's default {@code nn.GELU()} (CEMT paper S1.2), with
     * erf to double precision ({@link Erf}). φ' = Φ + uϕ, φ'' = ϕ·(2 − u²), ϕ the standard normal density; value and
     * φ' equal {@link #apply}'s bit for bit.
     */
    GELU,
    /**
     * GELU, tanh approximation ½u(1 + tanh(√(2/π)(u + 0.044715u³))) as PyTorch's {@code nn.GELU(approximate="tanh")};
     * an explicit option, never substituted for {@link #GELU}.
     */
    GELU_TANH,
    /** tanh u. */
    TANH,
    /** SiLU (swish) u·σ(u), σ the logistic function. */
    SILU,
    /** softplus log(1 + eᵘ), evaluated as max(u, 0) + log1p(e^{−|u|}) (no overflow; PyTorch's threshold 20 not used). */
    SOFTPLUS;

    static final double INV_SQRT2 = 1 / Math.sqrt(2);
    static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double K_TANH = Math.sqrt(2 / Math.PI);
    private static final double C_TANH = 0.044715;

    /** φ(u). */
    public double value(double u) {
        switch (this) {
            case GELU:
                return u * geluCdf(u, geluExp(u));
            case GELU_TANH:
                return 0.5 * u * (1 + Math.tanh(K_TANH * (u + C_TANH * u * u * u)));
            case TANH:
                return Math.tanh(u);
            case SILU:
                return u * logistic(u);
            case SOFTPLUS:
                return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
            default:
                throw new AssertionError(this);
        }
    }

    /** φ'(u). */
    public double d1(double u) {
        switch (this) {
            case GELU: {
                double e = geluExp(u);
                return geluCdf(u, e) + u * INV_SQRT_2PI * e;
            }
            case GELU_TANH: {
                double t = Math.tanh(K_TANH * (u + C_TANH * u * u * u));
                double s1 = K_TANH * (1 + 3 * C_TANH * u * u);
                return 0.5 * (1 + t) + 0.5 * u * (1 - t * t) * s1;
            }
            case TANH: {
                double t = Math.tanh(u);
                return 1 - t * t;
            }
            case SILU: {
                double s = logistic(u);
                return s + u * s * (1 - s);
            }
            case SOFTPLUS:
                return logistic(u);
            default:
                throw new AssertionError(this);
        }
    }

    /** φ''(u). */
    public double d2(double u) {
        switch (this) {
            case GELU:
                return Erf.geluSecond(u);
            case GELU_TANH: {
                double t = Math.tanh(K_TANH * (u + C_TANH * u * u * u));
                double sech2 = 1 - t * t;
                double s1 = K_TANH * (1 + 3 * C_TANH * u * u);
                double s2 = 6 * K_TANH * C_TANH * u;
                return sech2 * s1 + 0.5 * u * (sech2 * s2 - 2 * t * sech2 * s1 * s1);
            }
            case TANH: {
                double t = Math.tanh(u);
                return -2 * t * (1 - t * t);
            }
            case SILU: {
                double s = logistic(u);
                return s * (1 - s) * (2 + u * (1 - 2 * s));
            }
            case SOFTPLUS: {
                double s = logistic(u);
                return s * (1 - s);
            }
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * h[i] = φ(u[i]) and d1[i] = φ'(u[i]) for i in [from, to), sharing the erf and exponential of GELU. u not
     * modified; h, d1 modified.
     */
    void apply(double[] u, double[] h, double[] d1, int from, int to) {
        apply(u, from, h, d1, from, to);
    }

    /** As {@link #apply(double[], double[], double[], int, int)} with u[uFrom + (i − from)] for h[i], d1[i]. */
    void apply(double[] u, int uFrom, double[] h, double[] d1, int from, int to) {
        if (this == GELU) {
            // the kernel in use (Gemm): Vector API lanes or Erf's scalar loop, bit-identical
            Gemm.kernel().gelu(u, uFrom, h, d1, from, to);
            return;
        }
        int shift = uFrom - from;
        for (int i = from; i < to; i++) {
            h[i] = value(u[i + shift]);
            d1[i] = d1(u[i + shift]);
        }
    }

    /**
     * φ''(u[from + i]) for i in [0, to − from), a new array; GELU through the kernel in use ({@link Gemm}: Vector
     * API lanes or Erf's scalar loop, bit-identical to {@link #d2(double)}).
     */
    double[] d2(double[] u, int from, int to) {
        double[] out = new double[to - from];
        if (this == GELU) {
            Gemm.kernel().geluSecond(u, from, out, 0, to - from);
            return out;
        }
        for (int i = from; i < to; i++) {
            out[i - from] = d2(u[i]);
        }
        return out;
    }

    /** The activation named {@code gelu}, {@code gelu-tanh}, {@code tanh}, {@code silu} or {@code softplus}. */
    public static Activation parse(String name) {
        for (Activation a : values()) {
            if (a.label().equals(name)) {
                return a;
            }
        }
        throw org.cemt.core.InputException.of("activation", "name",
            "one of gelu, gelu-tanh, tanh, silu, softplus", "'" + name + "'");
    }

    /** Lower-case name as written in specs and on the command line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** e^{−u²/2} as {@link Erf#gelu} computes it (from x = u/√2, so erf and ϕ share it). */
    private static double geluExp(double u) {
        return Erf.expNegSquare(Math.abs(u * INV_SQRT2));
    }

    /** Φ(u) = ½(1 + erf(u/√2)) as {@link Erf#gelu} computes it, given {@link #geluExp}. */
    private static double geluCdf(double u, double e) {
        double x = u * INV_SQRT2;
        return 0.5 * (1 + Erf.erf(x, Math.abs(x), e));
    }

    private static double logistic(double u) {
        if (u >= 0) {
            return 1 / (1 + Math.exp(-u));
        }
        double e = Math.exp(u);
        return e / (1 + e);
    }
}
