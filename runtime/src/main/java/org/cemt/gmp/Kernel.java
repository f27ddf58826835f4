package org.cemt.gmp;

import java.util.Arrays;
import org.cemt.density.DensitySet;
import org.cemt.density.ElementDensity;
import org.cemt.neighbor.Hits;
import org.cemt.neighbor.PointNeighbors;
import org.cemt.structure.Structure;

/**
 * The GMP sums of one structure at one point at a time (SPEC.md §5, §8): per-(σ, density Gaussian) constants of
 * the Gaussian product rule precomputed once, one neighbour search per point, the moments P_k of eq. 5.3a shared
 * by all monomials of an entry, and monomial sums M_pqr accumulated over entries before the coefficients C_abc
 * are applied once per point (eq. 5.4 is linear). Entries are visited in the neighbour search's fixed order, so
 * a point's sums do not depend on threads. Immutable; per-thread scratch lives in {@link Work}.
 */
final class Kernel {
    /** Features below this are reported as 0 with zero derivative (SPEC.md §8.3). */
    static final double CLAMP = 1e-15;

    final ProbeTables t;
    final int atoms;
    final int[] atomElem; // local element index of each atom
    final int[] coefOffset; // first density coefficient of each atom, length atoms + 1
    final int[] egStart; // Gaussians of local element e: egStart[e] .. egStart[e+1]-1
    final int eg; // Gaussians over all local elements
    final double[] b, beta, rc2Rho; // per Gaussian; order −1 cutoff² (eq. 6.1 with c1 = |B|, c2 = β)
    // per (σ, Gaussian), index s*eg + g: eq. 5.2 constants, λ, h = 1/(2γ), largest cutoff²; rc2 per order index
    final double[] c1, c2, lam, h, rc2Max, rc2;
    final double radius;
    final PointNeighbors neighbors;

    Kernel(ProbeTables t, Structure s, DensitySet density) {
        this.t = t;
        atoms = s.size();
        int[] local = new int[119];
        Arrays.fill(local, -1);
        int[] zs = new int[0];
        atomElem = new int[atoms];
        for (int j = 0; j < atoms; j++) {
            int z = s.number(j);
            if (local[z] < 0) {
                density.element(z); // an unknown element fails here, naming it and the density set
                local[z] = zs.length;
                zs = Arrays.copyOf(zs, zs.length + 1);
                zs[zs.length - 1] = z;
            }
            atomElem[j] = local[z];
        }
        egStart = new int[zs.length + 1];
        for (int e = 0; e < zs.length; e++) {
            egStart[e + 1] = egStart[e] + density.element(zs[e]).size();
        }
        eg = egStart[zs.length];
        coefOffset = new int[atoms + 1];
        for (int j = 0; j < atoms; j++) {
            coefOffset[j + 1] = coefOffset[j] + egStart[atomElem[j] + 1] - egStart[atomElem[j]];
        }
        b = new double[eg];
        beta = new double[eg];
        rc2Rho = new double[eg];
        for (int e = 0; e < zs.length; e++) {
            ElementDensity d = density.element(zs[e]);
            for (int g = 0; g < d.size(); g++) {
                b[egStart[e] + g] = d.b(g);
                beta[egStart[e] + g] = d.beta(g);
            }
        }
        double max = 0;
        if (t.hasDensity) {
            double lnT = Math.log(t.theta * ProbeTables.orderFactor(-1));
            for (int g = 0; g < eg; g++) {
                rc2Rho[g] = (Math.abs(b[g]) - lnT) / beta[g]; // eq. 6.1, n = −1
                max = Math.max(max, rc2Rho[g]);
            }
        }
        int ns = t.sigmas.length, no = t.orders.length;
        c1 = new double[ns * eg];
        c2 = new double[ns * eg];
        lam = new double[ns * eg];
        h = new double[ns * eg];
        rc2Max = new double[ns * eg];
        rc2 = new double[ns * eg * no];
        for (int si = 0; si < ns; si++) {
            double sigma = t.sigmas[si];
            double a = Math.pow(sigma * Math.sqrt(2 * Math.PI), -3); // eq. 2.1
            double alpha = 1 / (2 * sigma * sigma);
            for (int g = 0; g < eg; g++) {
                int k = si * eg + g;
                double gamma = alpha + beta[g];
                c1[k] = a * b[g] * Math.pow(Math.PI / gamma, 1.5); // eq. 5.2
                c2[k] = -alpha * beta[g] / gamma;
                lam[k] = beta[g] / gamma;
                h[k] = 1 / (2 * gamma);
                for (int o = 0; o < no; o++) {
                    double lnT = Math.log(t.theta * ProbeTables.orderFactor(t.orders[o]));
                    rc2[k * no + o] = (Math.abs(c1[k]) - lnT) / -c2[k]; // eq. 6.1: c1 linear, not ln c1
                }
                // f_n decreases with n, so the cutoff grows with the order: the last order's is the largest
                rc2Max[k] = no == 0 ? -1 : rc2[k * no + no - 1];
                max = Math.max(max, rc2Max[k]);
            }
        }
        // a hair beyond the largest cutoff: the search is strict (d² < R²), eq. 6.2 is not (d² ≤ r_c²)
        radius = Math.sqrt(max) * (1 + 1e-12) + 1e-9;
        neighbors = new PointNeighbors(s, radius);
    }

    /** Scratch of one thread. */
    final class Work {
        final Hits hits = new Hits();
        final double[] m = new double[t.monomials];
        final double[] w = new double[t.monomials];
        final double[] px = new double[t.maxOrder + 2], py = new double[t.maxOrder + 2];
        final double[] pz = new double[t.maxOrder + 2];
        final double[] dx = new double[t.maxOrder + 2], dy = new double[t.maxOrder + 2];
        final double[] dz = new double[t.maxOrder + 2];
        final double[] dmu = new double[t.monomials];
    }

    Work work() {
        return new Work();
    }

    /** Raw moments P_0..P_n of N(u, h) (SPEC.md eq. 5.3a) and their derivatives dP_k/du = k P_{k−1}. */
    private static void moments(double u, double h, int n, double[] p, double[] dp) {
        p[0] = 1;
        p[1] = u;
        dp[0] = 0;
        dp[1] = 1;
        for (int k = 1; k < n; k++) {
            p[k + 1] = u * p[k] + k * h * p[k - 1];
            dp[k + 1] = (k + 1) * p[k];
        }
    }

    private int firstOrder(int k, double d2) {
        int no = t.orders.length;
        int o = 0;
        while (d2 > rc2[k * no + o]) {
            o++;
        }
        return o;
    }

    /**
     * Moments μ_abc of every σ at point x (eq. 5.4), into mu[off + s*monomials + c]; returns ρ(x) (eq. 5.5, 0 if
     * order −1 is not requested). With {@code absolute}, every entry and coefficient in absolute value instead:
     * the conditioning scale s_abc of SPEC.md §9.
     */
    double forward(double x, double y, double z, Work wk, double[] mu, int off, boolean absolute) {
        Hits hits = neighbors.collect(x, y, z, wk.hits);
        int n = hits.size(), nm = t.monomials, top = t.maxOrder;
        double[] m = wk.m, px = wk.px, py = wk.py, pz = wk.pz, dd = wk.dx;
        int[] mp = t.mp, mq = t.mq, mr = t.mr;
        for (int s = 0; s < t.sigmas.length; s++) {
            Arrays.fill(m, 0);
            int base = s * eg;
            for (int k = 0; k < n; k++) {
                int e = atomElem[hits.atom(k)];
                double d2 = hits.d2(k), hx = hits.dx(k), hy = hits.dy(k), hz = hits.dz(k);
                for (int g = egStart[e]; g < egStart[e + 1]; g++) {
                    int c = base + g;
                    if (d2 > rc2Max[c]) {
                        continue;
                    }
                    double w = c1[c] * Math.exp(c2[c] * d2); // eq. 5.2
                    double l = lam[c], hh = h[c];
                    moments(l * hx, hh, top, px, dd);
                    moments(l * hy, hh, top, py, dd);
                    moments(l * hz, hh, top, pz, dd);
                    int from = t.orderStart[firstOrder(c, d2)];
                    if (absolute) {
                        for (int i = from; i < nm; i++) {
                            m[i] += Math.abs(w * px[mp[i]] * py[mq[i]] * pz[mr[i]]);
                        }
                    } else {
                        for (int i = from; i < nm; i++) {
                            m[i] += w * px[mp[i]] * py[mq[i]] * pz[mr[i]]; // eq. 5.3
                        }
                    }
                }
            }
            int o = off + s * nm;
            for (int c = 0; c < nm; c++) {
                double v = 0;
                for (int q = t.cStart[c]; q < t.cStart[c + 1]; q++) {
                    v += (absolute ? Math.abs(t.cCoef[q]) : t.cCoef[q]) * m[t.cIdx[q]];
                }
                mu[o + c] = v;
            }
        }
        double rho = 0;
        if (t.hasDensity) {
            for (int k = 0; k < n; k++) {
                int e = atomElem[hits.atom(k)];
                double d2 = hits.d2(k);
                for (int g = egStart[e]; g < egStart[e + 1]; g++) {
                    if (d2 <= rc2Rho[g]) {
                        double v = b[g] * Math.exp(-beta[g] * d2);
                        rho += absolute ? Math.abs(v) : v;
                    }
                }
            }
        }
        return rho;
    }

    /** Feature values of one point from its moments (eqs. 3.3, 3.4, 4.4), clamped per SPEC.md §8.3. */
    void values(double[] mu, int off, double rho, double[] out, int outOff) {
        int nm = t.monomials;
        for (int f = 0; f < t.fOrder.length; f++) {
            double v;
            if (t.fOrder[f] < 0) {
                v = t.square ? rho * rho : Math.abs(rho);
            } else {
                int o = off + t.fSigma[f] * nm;
                double f2 = 0;
                for (int q = t.fStart[f]; q < t.fStart[f + 1]; q++) {
                    double u = mu[o + t.fComp[q]];
                    f2 += t.fWeight[q] * u * u;
                }
                v = t.square ? f2 : Math.sqrt(f2);
            }
            out[outOff + f] = !t.square && v < CLAMP ? 0 : v;
        }
    }

    /**
     * dλ_f/dF²-type factor of feature f: λ = √F² → 1/λ, λ = F² → 2 (both times the F² = Σ weight μ² chain); order
     * −1: sign(ρ) or 2ρ. Zero for clamped features.
     */
    private double factor(int f, double value, double rho) {
        if (t.fOrder[f] < 0) {
            return t.square ? 2 * rho : value == 0 ? 0 : Math.signum(rho);
        }
        return t.square ? 2 : value == 0 ? 0 : 1 / value;
    }

    /**
     * Adds the vector–Jacobian product of one point (SPEC.md §8.2): g[gOff + f] weights feature f; the gradient
     * w.r.t. each entry's displacement d goes to its atom (atomOut, flat 3N, may be null) and, negated, to the
     * point (pointOut[pOff..pOff+2], may be null, eq. 8.5); ∂/∂B to coefOut[coefOffset(atom) + g] (may be null).
     */
    void backward(double x, double y, double z, Work wk, double[] g, int gOff, double[] val, int vOff, double rho,
                  double[] mu, int muOff, double[] atomOut, double[] pointOut, int pOff, double[] coefOut) {
        Hits hits = neighbors.collect(x, y, z, wk.hits);
        int n = hits.size(), nm = t.monomials, top = t.maxOrder;
        double[] w = wk.w, px = wk.px, py = wk.py, pz = wk.pz, ex = wk.dx, ey = wk.dy, ez = wk.dz;
        int[] mp = t.mp, mq = t.mq, mr = t.mr;
        double sx = 0, sy = 0, sz = 0; // gradient w.r.t. the point
        for (int s = 0; s < t.sigmas.length; s++) {
            // W_pqr = Σ_f factor_f g_f Σ_abc weight μ_abc C_abc,pqr (eqs. 8.3-8.4 folded onto monomials)
            Arrays.fill(w, 0);
            boolean any = false;
            int o = muOff + s * nm;
            for (int q = t.sfStart[s]; q < t.sfStart[s + 1]; q++) {
                int f = t.sfFeature[q];
                double gf = g[gOff + f];
                if (gf == 0) {
                    continue;
                }
                double fac = gf * factor(f, val[vOff + f], rho);
                if (fac == 0) {
                    continue;
                }
                any = true;
                for (int r = t.fStart[f]; r < t.fStart[f + 1]; r++) {
                    int c = t.fComp[r];
                    double a = fac * t.fWeight[r] * mu[o + c];
                    for (int p = t.cStart[c]; p < t.cStart[c + 1]; p++) {
                        w[t.cIdx[p]] += a * t.cCoef[p];
                    }
                }
            }
            if (!any) {
                continue;
            }
            int base = s * eg;
            for (int k = 0; k < n; k++) {
                int atom = hits.atom(k);
                int e = atomElem[atom];
                double d2 = hits.d2(k), hx = hits.dx(k), hy = hits.dy(k), hz = hits.dz(k);
                for (int gg = egStart[e]; gg < egStart[e + 1]; gg++) {
                    int c = base + gg;
                    if (d2 > rc2Max[c]) {
                        continue;
                    }
                    double wt = c1[c] * Math.exp(c2[c] * d2);
                    double l = lam[c], hh = h[c];
                    moments(l * hx, hh, top, px, ex);
                    moments(l * hy, hh, top, py, ey);
                    moments(l * hz, hh, top, pz, ez);
                    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    for (int i = t.orderStart[firstOrder(c, d2)]; i < nm; i++) {
                        double wi = w[i], a = px[mp[i]], bb = py[mq[i]], cc = pz[mr[i]];
                        double bc = wi * bb * cc;
                        s0 += bc * a;
                        s1 += bc * ex[mp[i]];
                        s2 += wi * a * ey[mq[i]] * cc;
                        s3 += wi * a * bb * ez[mr[i]];
                    }
                    double t2 = 2 * c2[c] * s0; // eq. 8.2: ∂w/∂d = 2 C2 d w, dP/du·λ
                    double gx = wt * (t2 * hx + l * s1), gy = wt * (t2 * hy + l * s2), gz = wt * (t2 * hz + l * s3);
                    if (atomOut != null) {
                        atomOut[3 * atom] += gx;
                        atomOut[3 * atom + 1] += gy;
                        atomOut[3 * atom + 2] += gz;
                    }
                    sx -= gx;
                    sy -= gy;
                    sz -= gz;
                    if (coefOut != null) {
                        coefOut[coefOffset[atom] + gg - egStart[e]] += wt / b[gg] * s0; // Q is linear in B
                    }
                }
            }
        }
        if (t.hasDensity) {
            double fac = 0;
            for (int f = 0; f < t.fOrder.length; f++) {
                if (t.fOrder[f] < 0 && g[gOff + f] != 0) {
                    fac = g[gOff + f] * factor(f, val[vOff + f], rho);
                }
            }
            if (fac != 0) {
                for (int k = 0; k < n; k++) {
                    int atom = hits.atom(k);
                    int e = atomElem[atom];
                    double d2 = hits.d2(k);
                    for (int gg = egStart[e]; gg < egStart[e + 1]; gg++) {
                        if (d2 > rc2Rho[gg]) {
                            continue;
                        }
                        double ee = Math.exp(-beta[gg] * d2);
                        double a = fac * -2 * beta[gg] * b[gg] * ee; // SPEC.md §8.2, order −1
                        double gx = a * hits.dx(k), gy = a * hits.dy(k), gz = a * hits.dz(k);
                        if (atomOut != null) {
                            atomOut[3 * atom] += gx;
                            atomOut[3 * atom + 1] += gy;
                            atomOut[3 * atom + 2] += gz;
                        }
                        sx -= gx;
                        sy -= gy;
                        sz -= gz;
                        if (coefOut != null) {
                            coefOut[coefOffset[atom] + gg - egStart[e]] += fac * ee;
                        }
                    }
                }
            }
        }
        if (pointOut != null) {
            pointOut[pOff] += sx;
            pointOut[pOff + 1] += sy;
            pointOut[pOff + 2] += sz;
        }
    }

    /**
     * Jacobian–vector product of one point: atoms displaced by v (flat 3N), the point by (ux, uy, uz); each entry's
     * d moves by v_atom − u. out[outOff + f] overwritten.
     */
    void tangent(double x, double y, double z, Work wk, double[] v, double ux, double uy, double uz, double[] val,
                 int vOff, double rho, double[] mu, int muOff, double[] out, int outOff) {
        Hits hits = neighbors.collect(x, y, z, wk.hits);
        int n = hits.size(), nm = t.monomials, top = t.maxOrder;
        double[] dm = wk.m, dmu = wk.dmu, px = wk.px, py = wk.py, pz = wk.pz, ex = wk.dx, ey = wk.dy, ez = wk.dz;
        int[] mp = t.mp, mq = t.mq, mr = t.mr;
        for (int s = 0; s < t.sigmas.length; s++) {
            Arrays.fill(dm, 0);
            int base = s * eg;
            for (int k = 0; k < n; k++) {
                int atom = hits.atom(k);
                int e = atomElem[atom];
                double d2 = hits.d2(k), hx = hits.dx(k), hy = hits.dy(k), hz = hits.dz(k);
                double vx = v[3 * atom] - ux, vy = v[3 * atom + 1] - uy, vz = v[3 * atom + 2] - uz;
                double dv = hx * vx + hy * vy + hz * vz;
                for (int gg = egStart[e]; gg < egStart[e + 1]; gg++) {
                    int c = base + gg;
                    if (d2 > rc2Max[c]) {
                        continue;
                    }
                    double wt = c1[c] * Math.exp(c2[c] * d2);
                    double l = lam[c], hh = h[c];
                    moments(l * hx, hh, top, px, ex);
                    moments(l * hy, hh, top, py, ey);
                    moments(l * hz, hh, top, pz, ez);
                    double a0 = 2 * c2[c] * dv * wt, lx = wt * l * vx, ly = wt * l * vy, lz = wt * l * vz;
                    for (int i = t.orderStart[firstOrder(c, d2)]; i < nm; i++) {
                        double a = px[mp[i]], bb = py[mq[i]], cc = pz[mr[i]];
                        dm[i] += a0 * a * bb * cc + lx * ex[mp[i]] * bb * cc + ly * a * ey[mq[i]] * cc
                            + lz * a * bb * ez[mr[i]];
                    }
                }
            }
            for (int c = 0; c < nm; c++) {
                double d = 0;
                for (int q = t.cStart[c]; q < t.cStart[c + 1]; q++) {
                    d += t.cCoef[q] * dm[t.cIdx[q]];
                }
                dmu[c] = d;
            }
            int o = muOff + s * nm;
            for (int q = t.sfStart[s]; q < t.sfStart[s + 1]; q++) {
                int f = t.sfFeature[q];
                double fac = factor(f, val[vOff + f], rho);
                double d = 0;
                for (int r = t.fStart[f]; r < t.fStart[f + 1]; r++) {
                    d += t.fWeight[r] * mu[o + t.fComp[r]] * dmu[t.fComp[r]];
                }
                out[outOff + f] = fac * d;
            }
        }
        if (t.hasDensity) {
            double drho = 0;
            for (int k = 0; k < n; k++) {
                int atom = hits.atom(k);
                int e = atomElem[atom];
                double d2 = hits.d2(k);
                double dv = hits.dx(k) * (v[3 * atom] - ux) + hits.dy(k) * (v[3 * atom + 1] - uy)
                    + hits.dz(k) * (v[3 * atom + 2] - uz);
                for (int gg = egStart[e]; gg < egStart[e + 1]; gg++) {
                    if (d2 <= rc2Rho[gg]) {
                        drho += -2 * beta[gg] * b[gg] * Math.exp(-beta[gg] * d2) * dv;
                    }
                }
            }
            for (int f = 0; f < t.fOrder.length; f++) {
                if (t.fOrder[f] < 0) {
                    out[outOff + f] = factor(f, val[vOff + f], rho) * drho;
                }
            }
        }
    }
}
