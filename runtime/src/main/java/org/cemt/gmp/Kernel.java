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
    // per (σ, Gaussian, order index): C1 λ^n, the weight of a harmonic moment (see Harmonic)
    final double[] cn;
    /** EXACT variant: all polynomials harmonic, so the fast path of {@link Harmonic} applies. */
    final boolean harmonic;
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
        cn = new double[ns * eg * no];
        harmonic = t.harmonic;
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
                    cn[k * no + o] = c1[k] * Math.pow(lam[k], t.orders[o]);
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
        final double[] w4 = new double[4 * t.fp.length];
        final double[] dmu = new double[t.monomials];
        final int k = t.maxOrder + 1;
        final double[] px = new double[k + 1], py = new double[k + 1], pz = new double[k + 1];
        final double[] dx = new double[k + 1], dy = new double[k + 1], dz = new double[k + 1];
        // products over the y and z axes, [q*k + r], q + r ≤ maxOrder: P_q P_r, dP_q P_r, P_q dP_r
        final double[] yz = new double[k * k], dyz = new double[k * k], ydz = new double[k * k];
        // harmonic path: monomials of d on the full table, their derivative along δ, per-order weights
        final double[] mono = new double[t.fp.length];
        final double[] dmono = new double[t.monomials];
        final double[] so = new double[t.orders.length + 1], dso = new double[t.orders.length + 1];
        final double[] mAll = new double[t.sigmas.length * t.monomials];
        final double[] w4All = harmonic ? new double[t.sigmas.length * 4 * t.fp.length] : null;
        final boolean[] active = new boolean[t.sigmas.length];
    }

    Work work() {
        return new Work();
    }

    /** Raw moments P_0..P_n of N(u, h) (SPEC.md eq. 5.3a). */
    static void moments(double u, double h, int n, double[] p) {
        p[0] = 1;
        p[1] = u;
        for (int k = 1; k < n; k++) {
            p[k + 1] = u * p[k] + k * h * p[k - 1];
        }
    }

    /** Moments and their derivatives dP_k/du = k P_{k−1}. */
    static void moments(double u, double h, int n, double[] p, double[] dp) {
        moments(u, h, n, p);
        dp[0] = 0;
        for (int k = 1; k <= n; k++) {
            dp[k] = k * p[k - 1];
        }
    }

    /** First order index whose cutoff reaches d² (cutoffs grow with the order, SPEC.md §3.5, §6). */
    int firstOrder(int k, double d2) {
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
        int n = hits.size(), nm = t.monomials, top = t.maxOrder, kk = wk.k;
        double[] m = wk.m, px = wk.px, py = wk.py, pz = wk.pz, yz = wk.yz;
        int[] start = t.orderStart, mp = t.mp, myz = t.myz;
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
                    moments(l * hx, hh, top, px);
                    moments(l * hy, hh, top, py);
                    moments(l * hz, hh, top, pz);
                    if (absolute) {
                        w = Math.abs(w);
                        for (int q = 0; q <= top; q++) {
                            px[q] = Math.abs(px[q]);
                            py[q] = Math.abs(py[q]);
                            pz[q] = Math.abs(pz[q]);
                        }
                    }
                    for (int q = 0; q <= top; q++) {
                        for (int r = 0; q + r <= top; r++) {
                            yz[q * kk + r] = py[q] * pz[r];
                        }
                    }
                    for (int q = 0; q <= top; q++) {
                        px[q] *= w;
                    }
                    // Q_pqr = w P_p P_q P_r (eq. 5.3), the orders within their cutoff
                    for (int i = start[firstOrder(c, d2)]; i < nm; i++) {
                        m[i] += px[mp[i]] * yz[myz[i]];
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
        return density(hits, absolute);
    }

    /** ρ at the point of these hits (eq. 5.5), 0 if order −1 is not requested; optionally Σ|terms| (§9). */
    double density(Hits hits, boolean absolute) {
        double rho = 0;
        if (t.hasDensity) {
            for (int k = 0; k < hits.size(); k++) {
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
    double factor(int f, double value, double rho) {
        if (t.fOrder[f] < 0) {
            return t.square ? 2 * rho : value == 0 ? 0 : Math.signum(rho);
        }
        return t.square ? 2 : value == 0 ? 0 : 1 / value;
    }
}
