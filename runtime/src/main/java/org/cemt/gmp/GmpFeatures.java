package org.cemt.gmp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GMP features of one structure at M points, with their analytic derivatives (SPEC.md §8) as matrix-free products.
 * Holds the values, ρ at each point and the moments μ_abc of every point and σ (O(points·features) memory); the
 * products revisit each point's entries and recompute their terms. Parallel over points; per-point sums run in a
 * fixed order and reductions into atoms add per-chunk partials in chunk order over a partition that depends only
 * on M, so results are bit-identical for any thread count. Also the strain product for stress ({@link StrainVjp}).
 * Immutable.
 */
public final class GmpFeatures implements Features, StrainVjp {
    private static final int CHUNKS = 64;

    private final Kernel k;
    private final double[] points;
    private final int m;
    private final int f;
    private final int stride; // moments per point: sigmas × monomials
    private final double[] values;
    private final double[] rho;
    private final double[] mu;
    private final int threads;

    GmpFeatures(Kernel k, double[] points, int threads) {
        this.k = k;
        this.points = points;
        this.m = points.length / 3;
        this.f = k.t.layout.size();
        this.stride = k.t.sigmas.length * k.t.monomials;
        this.threads = threads;
        values = new double[m * f];
        rho = new double[m];
        mu = new double[m * stride];
        int chunk = 8;
        Parallel.run((m + chunk - 1) / chunk, threads, c -> {
            Kernel.Work w = k.work();
            for (int i = c * chunk; i < Math.min(m, (c + 1) * chunk); i++) {
                rho[i] = k.harmonic ? Harmonic.forward(k, points[3 * i], points[3 * i + 1], points[3 * i + 2], w, mu, i * stride)
                    : k.forward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, mu, i * stride, false);
                k.values(mu, i * stride, rho[i], values, i * f);
            }
        });
    }

    @Override
    public int points() {
        return m;
    }

    @Override
    public int features() {
        return f;
    }

    @Override
    public int atoms() {
        return k.atoms;
    }

    /** The columns: (order, σ[, group]) of each feature. */
    public FeatureLayout layout() {
        return k.t.layout;
    }

    /** Search radius used for the neighbours of each point, Å: the largest cutoff (SPEC.md §6). */
    public double cutoff() {
        return k.radius;
    }

    @Override
    public double value(int point, int feature) {
        return values[point * f + feature];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] pointPositions() {
        return points.clone();
    }

    @Override
    public double[] vjpAtoms(double[] g, double[] out) {
        return vjp(g, out, null);
    }

    @Override
    public double[] vjpPoints(double[] g, double[] out) {
        vjp(g, null, out);
        return out;
    }

    /**
     * Both vector–Jacobian products in one pass over the entries: outAtoms (3N, may be null) += gᵀ∂λ/∂R,
     * outPoints (3M, may be null) += gᵀ∂λ/∂X. g (M·F) not modified. Returns outAtoms.
     */
    public double[] vjp(double[] g, double[] outAtoms, double[] outPoints) {
        check("g", g, m * f);
        check("outAtoms", outAtoms, 3 * k.atoms);
        check("outPoints", outPoints, 3 * m);
        double[][] partial = reduce(3 * k.atoms, outAtoms != null, (w, i, atomPart) ->
            backward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, g, i * f, values, i * f, rho[i], mu,
                i * stride, atomPart, outPoints, 3 * i, null, null));
        addInOrder(partial, outAtoms);
        return outAtoms;
    }

    /**
     * {@inheritDoc} Each entry (atom image j, point i) adds ∂(gᵀλ)/∂d_a·d_b with d = R_j + L − X_i its
     * displacement; the same chunked, ordered reduction as {@link #vjpAtoms}, so bit-identical for any thread count.
     */
    @Override
    public double[] vjpStrain(double[] g, double[] out) {
        check("g", g, m * f);
        if (out == null || out.length != 9) {
            throw new IllegalArgumentException("out: expected length 9, found " + (out == null ? "null" : out.length));
        }
        double[][] partial = reduce(9, true, (w, i, strainPart) ->
            backward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, g, i * f, values, i * f, rho[i], mu,
                i * stride, null, null, 0, null, strainPart));
        addInOrder(partial, out);
        return out;
    }

    @Override
    public double[] jvp(double[] v, double[] u, double[] out) {
        check("v", v, 3 * k.atoms);
        check("u", u, 3 * m);
        check("out", out, m * f);
        int chunk = 8;
        Parallel.run((m + chunk - 1) / chunk, threads, c -> {
            Kernel.Work w = k.work();
            for (int i = c * chunk; i < Math.min(m, (c + 1) * chunk); i++) {
                double ux = u == null ? 0 : u[3 * i], uy = u == null ? 0 : u[3 * i + 1];
                double uz = u == null ? 0 : u[3 * i + 2];
                tangent(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, v, ux, uy, uz, values, i * f,
                    rho[i], mu, i * stride, out, i * f);
            }
        });
        return out;
    }

    @Override
    public double[] vjpCoefficients(double[] grad, double[] out) {
        check("grad", grad, m * f);
        check("out", out, coefficientCount());
        double[][] partial = reduce(coefficientCount(), true, (w, i, coefPart) ->
            backward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, grad, i * f, values, i * f, rho[i],
                mu, i * stride, null, null, 0, coefPart, null));
        addInOrder(partial, out);
        return out;
    }

    @Override
    public int coefficientCount() {
        return k.coefOffset[k.atoms];
    }

    @Override
    public int coefficientOffset(int atom) {
        return k.coefOffset[atom];
    }

    /**
     * The explicit Jacobian w.r.t. atom positions, points fixed, as rows {point, feature, atom, axis, value} of
     * its non-zero entries (SPEC.md §8.5 layout), points ascending, then features, then atoms. Memory grows as
     * points × features × neighbours: for inspection and small systems only.
     */
    public List<double[]> sparseJacobian() {
        List<double[]> rows = new ArrayList<>();
        Kernel.Work w = k.work();
        double[] unit = new double[f];
        double[] row = new double[3 * k.atoms];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < f; c++) {
                Arrays.fill(row, 0);
                unit[c] = 1;
                backward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, unit, 0, values, i * f, rho[i],
                    mu, i * stride, row, null, 0, null, null);
                unit[c] = 0;
                for (int q = 0; q < row.length; q++) {
                    if (row[q] != 0) {
                        rows.add(new double[] {i, c, q / 3, q % 3, row[q]});
                    }
                }
            }
        }
        return rows;
    }

    /** Conditioning scale S of every value (SPEC.md §9), flat [point*F + feature]: rounding noise is ~1e-16·S. */
    double[] conditioning() {
        double[] out = new double[m * f];
        Kernel.Work w = k.work();
        double[] muAbs = new double[stride];
        for (int i = 0; i < m; i++) {
            double s = k.forward(points[3 * i], points[3 * i + 1], points[3 * i + 2], w, muAbs, 0, true);
            k.values(muAbs, 0, s, out, i * f);
        }
        return out;
    }

    private interface PointTerm {
        void add(Kernel.Work w, int point, double[] partial);
    }

    /** Per-chunk partial sums over a fixed partition of the points (independent of the thread count). */
    private double[][] reduce(int size, boolean need, PointTerm term) {
        int per = Math.max(1, (m + CHUNKS - 1) / CHUNKS);
        int chunks = (m + per - 1) / per;
        double[][] partial = new double[chunks][];
        Parallel.run(chunks, threads, c -> {
            Kernel.Work w = k.work();
            double[] p = need ? new double[size] : null;
            for (int i = c * per; i < Math.min(m, (c + 1) * per); i++) {
                term.add(w, i, p);
            }
            partial[c] = p;
        });
        return partial;
    }

    private static void addInOrder(double[][] partial, double[] out) {
        if (out == null) {
            return;
        }
        for (double[] p : partial) {
            for (int q = 0; q < out.length; q++) {
                out[q] += p[q];
            }
        }
    }

    private static void check(String name, double[] a, int length) {
        if (a != null && a.length != length) {
            throw new IllegalArgumentException(name + ": expected length " + length + ", found " + a.length);
        }
    }

    private void backward(double x, double y, double z, Kernel.Work w, double[] g, int gOff, double[] val, int vOff,
                          double r, double[] moments, int muOff, double[] atomOut, double[] pointOut, int pOff,
                          double[] coefOut, double[] strainOut) {
        if (k.harmonic) {
            Harmonic.backward(k, x, y, z, w, g, gOff, val, vOff, r, moments, muOff, atomOut, pointOut, pOff, coefOut,
                strainOut);
        } else {
            KernelProducts.backward(k, x, y, z, w, g, gOff, val, vOff, r, moments, muOff, atomOut, pointOut, pOff,
                coefOut, strainOut);
        }
    }

    private void tangent(double x, double y, double z, Kernel.Work w, double[] v, double ux, double uy, double uz,
                         double[] val, int vOff, double r, double[] moments, int muOff, double[] out, int outOff) {
        if (k.harmonic) {
            Harmonic.tangent(k, x, y, z, w, v, ux, uy, uz, val, vOff, r, moments, muOff, out, outOff);
        } else {
            KernelProducts.tangent(k, x, y, z, w, v, ux, uy, uz, val, vOff, r, moments, muOff, out, outOff);
        }
    }
}
