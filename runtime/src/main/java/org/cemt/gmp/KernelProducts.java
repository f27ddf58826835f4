package org.cemt.gmp;

import java.util.Arrays;
import org.cemt.neighbor.Hits;

/**
 * The derivative products of one point (SPEC.md §8), revisiting its entries with the {@link Kernel}'s constants:
 * the VJP folds the feature weights onto the monomials once per σ (W_pqr) and then needs per entry only the sums
 * Σ W·P_p P_q P_r and its three axis derivatives; the JVP accumulates dM_pqr like the forward pass accumulates
 * M_pqr. Nothing of size points × features × atoms is formed.
 */
final class KernelProducts {
    private KernelProducts() {
    }

    /**
     * W_pqr = Σ_f factor_f g_f Σ_abc weight μ_abc C_abc,pqr for the features of σ index s (eqs. 8.3-8.4 folded onto
     * the monomials), on the full monomial table at w4[off + 4i], interleaved with the lowered weights p·W, q·W,
     * r·W of its three axis derivatives at w4[off + 4i' + 1..3]. Returns false if every weight is 0.
     */
    static boolean foldWeights(Kernel k, int s, double[] g, int gOff, double[] val, int vOff, double rho,
                               double[] mu, int muOff, double[] w4, int off) {
        ProbeTables t = k.t;
        Arrays.fill(w4, off, off + 4 * t.fp.length, 0);
        boolean any = false;
        int o = muOff + s * t.monomials;
        for (int q = t.sfStart[s]; q < t.sfStart[s + 1]; q++) {
            int f = t.sfFeature[q];
            double gf = g[gOff + f];
            double fac = gf == 0 ? 0 : gf * k.factor(f, val[vOff + f], rho);
            if (fac == 0) {
                continue;
            }
            any = true;
            for (int r = t.fStart[f]; r < t.fStart[f + 1]; r++) {
                int c = t.fComp[r];
                double a = fac * t.fWeight[r] * mu[o + c];
                for (int p = t.cStart[c]; p < t.cStart[c + 1]; p++) {
                    int m = t.cIdx[p];
                    double wm = a * t.cCoef[p];
                    w4[off + 4 * t.fullOf[m]] += wm;
                    for (int ax = 0; ax < 3; ax++) {
                        int lo = t.shift[3 * m + ax];
                        if (lo >= 0) {
                            w4[off + 4 * lo + 1 + ax] += wm * (ax == 0 ? t.mp[m] : ax == 1 ? t.mq[m] : t.mr[m]);
                        }
                    }
                }
            }
        }
        return any;
    }

    /** P and dP/du on x, and the y·z products P_qP_r, dP_qP_r, P_qdP_r, for one entry. */
    private static void axisTables(Kernel.Work wk, double l, double hh, double hx, double hy, double hz, int top) {
        Kernel.moments(l * hx, hh, top, wk.px, wk.dx);
        Kernel.moments(l * hy, hh, top, wk.py, wk.dy);
        Kernel.moments(l * hz, hh, top, wk.pz, wk.dz);
        int kk = wk.k;
        for (int q = 0; q <= top; q++) {
            for (int r = 0; q + r <= top; r++) {
                int i = q * kk + r;
                wk.yz[i] = wk.py[q] * wk.pz[r];
                wk.dyz[i] = wk.dy[q] * wk.pz[r];
                wk.ydz[i] = wk.py[q] * wk.dz[r];
            }
        }
    }

    /**
     * Adds the vector–Jacobian product of one point: g[gOff + f] weights feature f; the gradient w.r.t. each
     * entry's displacement d goes to its atom (atomOut, flat 3N, may be null) and, negated, to the point
     * (pointOut[pOff..pOff+2], may be null; eq. 8.5); ∂/∂B to coefOut[coefOffset(atom) + g] (may be null); the
     * strain product Σ_entries ∂/∂d_a·d_b to strainOut[3a+b] (length 9, may be null; see {@link StrainVjp}).
     */
    static void backward(Kernel k, double x, double y, double z, Kernel.Work wk, double[] g, int gOff,
                         double[] val, int vOff, double rho, double[] mu, int muOff, double[] atomOut,
                         double[] pointOut, int pOff, double[] coefOut, double[] strainOut) {
        ProbeTables t = k.t;
        Hits hits = k.neighbors.collect(x, y, z, wk.hits);
        int n = hits.size(), nm = t.monomials, top = t.maxOrder, kk = wk.k;
        double[] w = wk.w4, px = wk.px, py = wk.py, pz = wk.pz, yz = wk.yz;
        int[] orders = t.orders, fullStart = t.fullStart, fp = t.fp, fyz = t.fyz;
        int full = fp.length;
        double sx = 0, sy = 0, sz = 0; // gradient w.r.t. the point
        for (int s = 0; s < t.sigmas.length; s++) {
            // W_pqr = Σ_f factor_f g_f Σ_abc weight μ_abc C_abc,pqr (eqs. 8.3-8.4 folded onto the monomials), on the
            // full table, interleaved with the lowered weights p·W, q·W, r·W of its three axis derivatives
            boolean any = foldWeights(k, s, g, gOff, val, vOff, rho, mu, muOff, w, 0);
            if (!any) {
                continue;
            }
            int base = s * k.eg;
            for (int e0 = 0; e0 < n; e0++) {
                int atom = hits.atom(e0);
                int e = k.atomElem[atom];
                double d2 = hits.d2(e0), hx = hits.dx(e0), hy = hits.dy(e0), hz = hits.dz(e0);
                for (int gg = k.egStart[e]; gg < k.egStart[e + 1]; gg++) {
                    int c = base + gg;
                    if (d2 > k.rc2Max[c]) {
                        continue;
                    }
                    double wt = k.c1[c] * Math.exp(k.c2[c] * d2);
                    double l = k.lam[c], hh = k.h[c];
                    Kernel.moments(l * hx, hh, top, px);
                    Kernel.moments(l * hy, hh, top, py);
                    Kernel.moments(l * hz, hh, top, pz);
                    for (int q = 0; q <= top; q++) {
                        for (int r = 0; q + r <= top; r++) {
                            yz[q * kk + r] = py[q] * pz[r];
                        }
                    }
                    // G = Σ W P_pP_qP_r over the orders within the cutoff, ∇_u G over those orders lowered by one
                    int n0 = orders[k.firstOrder(c, d2)];
                    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    for (int i = n0 == 0 ? 0 : fullStart[n0 - 1]; i < fullStart[n0]; i++) {
                        double pr = px[fp[i]] * yz[fyz[i]];
                        s1 += w[4 * i + 1] * pr;
                        s2 += w[4 * i + 2] * pr;
                        s3 += w[4 * i + 3] * pr;
                    }
                    for (int i = fullStart[n0]; i < full; i++) {
                        double pr = px[fp[i]] * yz[fyz[i]];
                        s0 += w[4 * i] * pr;
                        s1 += w[4 * i + 1] * pr;
                        s2 += w[4 * i + 2] * pr;
                        s3 += w[4 * i + 3] * pr;
                    }
                    double t2 = 2 * k.c2[c] * s0; // eq. 8.2: ∂w/∂d = 2 C2 d w; ∂P(λd)/∂d = λ dP/du
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
                        coefOut[k.coefOffset[atom] + gg - k.egStart[e]] += wt / k.b[gg] * s0; // Q is linear in B
                    }
                    if (strainOut != null) {
                        addStrain(strainOut, gx, gy, gz, hx, hy, hz);
                    }
                }
            }
        }
        double[] acc = {sx, sy, sz};
        densityBackward(k, hits, g, gOff, val, vOff, rho, atomOut, coefOut, strainOut, acc);
        if (pointOut != null) {
            pointOut[pOff] += acc[0];
            pointOut[pOff + 1] += acc[1];
            pointOut[pOff + 2] += acc[2];
        }
    }

    /**
     * Jacobian–vector product of one point: atoms displaced by v (flat 3N), the point by (ux, uy, uz); each entry's
     * d moves by v_atom − u. out[outOff + f] overwritten.
     */
    static void tangent(Kernel k, double x, double y, double z, Kernel.Work wk, double[] v, double ux, double uy,
                        double uz, double[] val, int vOff, double rho, double[] mu, int muOff, double[] out,
                        int outOff) {
        ProbeTables t = k.t;
        Hits hits = k.neighbors.collect(x, y, z, wk.hits);
        int n = hits.size(), nm = t.monomials, top = t.maxOrder, kk = wk.k;
        double[] dm = wk.m, dmu = wk.dmu, px = wk.px, ex = wk.dx, yz = wk.yz, dyz = wk.dyz, ydz = wk.ydz;
        int[] orders = t.orders, start = t.orderStart;
        for (int s = 0; s < t.sigmas.length; s++) {
            Arrays.fill(dm, 0);
            int base = s * k.eg;
            for (int e0 = 0; e0 < n; e0++) {
                int atom = hits.atom(e0);
                int e = k.atomElem[atom];
                double d2 = hits.d2(e0), hx = hits.dx(e0), hy = hits.dy(e0), hz = hits.dz(e0);
                double vx = v[3 * atom] - ux, vy = v[3 * atom + 1] - uy, vz = v[3 * atom + 2] - uz;
                double dv = hx * vx + hy * vy + hz * vz;
                for (int gg = k.egStart[e]; gg < k.egStart[e + 1]; gg++) {
                    int c = base + gg;
                    if (d2 > k.rc2Max[c]) {
                        continue;
                    }
                    double wt = k.c1[c] * Math.exp(k.c2[c] * d2);
                    double l = k.lam[c];
                    axisTables(wk, l, k.h[c], hx, hy, hz, top);
                    double a0 = 2 * k.c2[c] * dv * wt, lx = wt * l * vx, ly = wt * l * vy, lz = wt * l * vz;
                    for (int oi = k.firstOrder(c, d2); oi < orders.length; oi++) {
                        int ord = orders[oi], i = start[oi];
                        for (int p = ord; p >= 0; p--) {
                            int rem = ord - p;
                            double ax = a0 * px[p] + lx * ex[p], ay = ly * px[p], az = lz * px[p];
                            for (int q = rem; q >= 0; q--) {
                                int j = q * kk + rem - q;
                                dm[i++] += ax * yz[j] + ay * dyz[j] + az * ydz[j];
                            }
                        }
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
                double d = 0;
                for (int r = t.fStart[f]; r < t.fStart[f + 1]; r++) {
                    d += t.fWeight[r] * mu[o + t.fComp[r]] * dmu[t.fComp[r]];
                }
                out[outOff + f] = k.factor(f, val[vOff + f], rho) * d;
            }
        }
        densityTangent(k, hits, v, ux, uy, uz, val, vOff, rho, out, outOff);
    }

    /**
     * strainOut[3a+b] += ∂/∂d_a·d_b for one entry's gradient (gx, gy, gz) w.r.t. its displacement d: under
     * x → (I + ε)x of atoms, images and points, d → (I + ε)d, so ∂d_a/∂ε_ab = d_b.
     */
    static void addStrain(double[] out, double gx, double gy, double gz, double dx, double dy, double dz) {
        out[0] += gx * dx;
        out[1] += gx * dy;
        out[2] += gx * dz;
        out[3] += gy * dx;
        out[4] += gy * dy;
        out[5] += gy * dz;
        out[6] += gz * dx;
        out[7] += gz * dy;
        out[8] += gz * dz;
    }

    /**
     * Order −1 (SPEC.md §8.2): adds Σ_g factor·∂ρ/∂d to the atoms (may be null) and subtracts it from acc (the
     * point's gradient, length 3); ∂/∂B = factor·e^{−βd²} to coefOut (may be null); the strain product to
     * strainOut (may be null).
     */
    static void densityBackward(Kernel k, Hits hits, double[] g, int gOff, double[] val, int vOff, double rho,
                                double[] atomOut, double[] coefOut, double[] strainOut, double[] acc) {
        ProbeTables t = k.t;
        if (!t.hasDensity) {
            return;
        }
        double fac = 0;
        for (int f = 0; f < t.fOrder.length; f++) {
            if (t.fOrder[f] < 0 && g[gOff + f] != 0) {
                fac = g[gOff + f] * k.factor(f, val[vOff + f], rho);
            }
        }
        if (fac == 0) {
            return;
        }
        for (int e0 = 0; e0 < hits.size(); e0++) {
            int atom = hits.atom(e0);
            int e = k.atomElem[atom];
            double d2 = hits.d2(e0);
            for (int gg = k.egStart[e]; gg < k.egStart[e + 1]; gg++) {
                if (d2 > k.rc2Rho[gg]) {
                    continue;
                }
                double ee = Math.exp(-k.beta[gg] * d2);
                double a = fac * -2 * k.beta[gg] * k.b[gg] * ee;
                double gx = a * hits.dx(e0), gy = a * hits.dy(e0), gz = a * hits.dz(e0);
                if (atomOut != null) {
                    atomOut[3 * atom] += gx;
                    atomOut[3 * atom + 1] += gy;
                    atomOut[3 * atom + 2] += gz;
                }
                acc[0] -= gx;
                acc[1] -= gy;
                acc[2] -= gz;
                if (coefOut != null) {
                    coefOut[k.coefOffset[atom] + gg - k.egStart[e]] += fac * ee;
                }
                if (strainOut != null) {
                    addStrain(strainOut, gx, gy, gz, hits.dx(e0), hits.dy(e0), hits.dz(e0));
                }
            }
        }
    }

    /** Order −1 of the JVP: out[outOff + f] = factor·dρ for the density feature. */
    static void densityTangent(Kernel k, Hits hits, double[] v, double ux, double uy, double uz, double[] val,
                               int vOff, double rho, double[] out, int outOff) {
        ProbeTables t = k.t;
        if (!t.hasDensity) {
            return;
        }
        double drho = 0;
        for (int e0 = 0; e0 < hits.size(); e0++) {
            int atom = hits.atom(e0);
            int e = k.atomElem[atom];
            double d2 = hits.d2(e0);
            double dv = hits.dx(e0) * (v[3 * atom] - ux) + hits.dy(e0) * (v[3 * atom + 1] - uy)
                + hits.dz(e0) * (v[3 * atom + 2] - uz);
            for (int gg = k.egStart[e]; gg < k.egStart[e + 1]; gg++) {
                if (d2 <= k.rc2Rho[gg]) {
                    drho += -2 * k.beta[gg] * k.b[gg] * Math.exp(-k.beta[gg] * d2) * dv;
                }
            }
        }
        for (int f = 0; f < t.fOrder.length; f++) {
            if (t.fOrder[f] < 0) {
                out[outOff + f] = k.factor(f, val[vOff + f], rho) * drho;
            }
        }
    }
}
