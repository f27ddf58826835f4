package org.cemt.gmp;

import java.util.Arrays;
import org.cemt.neighbor.Hits;

/**
 * The fast path for harmonic polynomials (the EXACT variant). Each T_abc is harmonic (SPEC.md §3.1), and the heat
 * flow leaves harmonic polynomials unchanged, so its expectation under the product Gaussian N(λd, 1/(2γ)) of eq. 5.2
 * is its value at the mean: E[T_abc(r)] = T_abc(λd) = λ^n T_abc(d). An entry's moment is therefore
 * w λ^n T_abc(d) (instead of eqs. 5.3-5.4 with P_k), and all Gaussians of an atom image and all σ share the
 * monomials of d: per (point, atom image) the monomials d^p d^q d^r are formed once, per (σ, Gaussian) one exp,
 * and per (σ, order) the weight s_n = Σ_g C1 λ^n e^{C2 d²} over the Gaussians within that order's cutoff (§6).
 * The same μ_abc as the general path; derivatives follow from ∂/∂d of s_n(d) and of the monomials.
 */
final class Harmonic {
    private Harmonic() {
    }

    /** Powers of d on the full monomial table: wk.mono[i] = d_x^p d_y^q d_z^r. */
    private static void monomials(ProbeTables t, Kernel.Work wk, double dx, double dy, double dz) {
        int top = t.maxOrder, kk = wk.k;
        double[] px = wk.px, py = wk.py, pz = wk.pz, yz = wk.yz, mono = wk.mono;
        px[0] = py[0] = pz[0] = 1;
        for (int q = 0; q < top; q++) {
            px[q + 1] = px[q] * dx;
            py[q + 1] = py[q] * dy;
            pz[q + 1] = pz[q] * dz;
        }
        for (int q = 0; q <= top; q++) {
            for (int r = 0; q + r <= top; r++) {
                yz[q * kk + r] = py[q] * pz[r];
            }
        }
        int[] fp = t.fp, fyz = t.fyz;
        for (int i = 0; i < mono.length; i++) {
            mono[i] = px[fp[i]] * yz[fyz[i]];
        }
    }

    /**
     * s_o = Σ_g C1 λ^n e^{C2 d²} and ds_o = Σ_g 2 C2 (same term) = (1/d)∂s_o/∂d, over the Gaussians of local element
     * e at σ index s whose order-o cutoff reaches d². False if no Gaussian is within reach.
     */
    private static boolean orderWeights(Kernel k, int s, int e, double d2, double[] so, double[] dso) {
        int no = k.t.orders.length;
        Arrays.fill(so, 0);
        Arrays.fill(dso, 0);
        boolean any = false;
        int base = s * k.eg;
        for (int g = k.egStart[e]; g < k.egStart[e + 1]; g++) {
            int c = base + g;
            if (d2 > k.rc2Max[c]) {
                continue;
            }
            any = true;
            double ex = Math.exp(k.c2[c] * d2), c2x2 = 2 * k.c2[c];
            for (int o = k.firstOrder(c, d2); o < no; o++) {
                double v = k.cn[c * no + o] * ex;
                so[o] += v;
                dso[o] += c2x2 * v;
            }
        }
        return any;
    }

    /** As {@link Kernel#forward} (not absolute): μ of every σ into mu[off + s*monomials + c]; returns ρ. */
    static double forward(Kernel k, double x, double y, double z, Kernel.Work wk, double[] mu, int off) {
        ProbeTables t = k.t;
        Hits hits = k.neighbors.collect(x, y, z, wk.hits);
        int nm = t.monomials, no = t.orders.length, ns = t.sigmas.length;
        double[] m = wk.mAll, mono = wk.mono, so = wk.so, dso = wk.dso;
        Arrays.fill(m, 0);
        for (int h = 0; h < hits.size(); h++) {
            int e = k.atomElem[hits.atom(h)];
            double d2 = hits.d2(h);
            monomials(t, wk, hits.dx(h), hits.dy(h), hits.dz(h));
            for (int s = 0; s < ns; s++) {
                if (!orderWeights(k, s, e, d2, so, dso)) {
                    continue;
                }
                for (int o = 0; o < no; o++) {
                    double sw = so[o];
                    if (sw == 0) {
                        continue;
                    }
                    int from = s * nm + t.orderStart[o], f0 = t.fullStart[t.orders[o]];
                    int cnt = t.orderStart[o + 1] - t.orderStart[o];
                    for (int c = 0; c < cnt; c++) {
                        m[from + c] += sw * mono[f0 + c];
                    }
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            int o = off + s * nm, ms = s * nm;
            for (int c = 0; c < nm; c++) {
                double v = 0;
                for (int q = t.cStart[c]; q < t.cStart[c + 1]; q++) {
                    v += t.cCoef[q] * m[ms + t.cIdx[q]];
                }
                mu[o + c] = v;
            }
        }
        return k.density(hits, false);
    }

    /** As {@link KernelProducts#backward}. */
    static void backward(Kernel k, double x, double y, double z, Kernel.Work wk, double[] g, int gOff, double[] val,
                         int vOff, double rho, double[] mu, int muOff, double[] atomOut, double[] pointOut, int pOff,
                         double[] coefOut, double[] strainOut) {
        ProbeTables t = k.t;
        int no = t.orders.length, ns = t.sigmas.length, full = t.fp.length;
        double[] w4 = wk.w4All, mono = wk.mono, so = wk.so, dso = wk.dso, gn = wk.dmono;
        boolean[] active = wk.active;
        boolean anySigma = false;
        for (int s = 0; s < ns; s++) {
            active[s] = KernelProducts.foldWeights(k, s, g, gOff, val, vOff, rho, mu, muOff, w4, s * 4 * full);
            anySigma |= active[s];
        }
        Hits hits = k.neighbors.collect(x, y, z, wk.hits);
        double[] acc = new double[3];
        if (anySigma) {
            for (int h = 0; h < hits.size(); h++) {
                int atom = hits.atom(h);
                int e = k.atomElem[atom];
                double d2 = hits.d2(h), hx = hits.dx(h), hy = hits.dy(h), hz = hits.dz(h);
                monomials(t, wk, hx, hy, hz);
                double a0 = 0, ax = 0, ay = 0, az = 0;
                for (int s = 0; s < ns; s++) {
                    if (!active[s] || !orderWeights(k, s, e, d2, so, dso)) {
                        continue;
                    }
                    int wo = s * 4 * full;
                    for (int o = 0; o < no; o++) {
                        if (so[o] == 0) {
                            gn[o] = 0;
                            continue;
                        }
                        int n = t.orders[o];
                        // G_n = Σ W mono over order n; ∇G_n from the lowered weights on order n − 1
                        double g0 = 0, gx = 0, gy = 0, gz = 0;
                        for (int i = t.fullStart[n]; i < t.fullStart[n + 1]; i++) {
                            g0 += w4[wo + 4 * i] * mono[i];
                        }
                        if (n > 0) {
                            for (int i = t.fullStart[n - 1]; i < t.fullStart[n]; i++) {
                                double mi = mono[i];
                                gx += w4[wo + 4 * i + 1] * mi;
                                gy += w4[wo + 4 * i + 2] * mi;
                                gz += w4[wo + 4 * i + 3] * mi;
                            }
                        }
                        gn[o] = g0;
                        a0 += dso[o] * g0; // ∂s_n/∂d = ds_n·d (eq. 8.2's 2 C2 d w)
                        ax += so[o] * gx;
                        ay += so[o] * gy;
                        az += so[o] * gz;
                    }
                    if (coefOut != null) {
                        addCoefficients(k, s, e, atom, d2, gn, coefOut);
                    }
                }
                double gx = a0 * hx + ax, gy = a0 * hy + ay, gz = a0 * hz + az;
                if (atomOut != null) {
                    atomOut[3 * atom] += gx;
                    atomOut[3 * atom + 1] += gy;
                    atomOut[3 * atom + 2] += gz;
                }
                acc[0] -= gx;
                acc[1] -= gy;
                acc[2] -= gz;
                if (strainOut != null) {
                    KernelProducts.addStrain(strainOut, gx, gy, gz, hx, hy, hz);
                }
            }
        }
        KernelProducts.densityBackward(k, hits, g, gOff, val, vOff, rho, atomOut, coefOut, strainOut, acc);
        if (pointOut != null) {
            pointOut[pOff] += acc[0];
            pointOut[pOff + 1] += acc[1];
            pointOut[pOff + 2] += acc[2];
        }
    }

    /** ∂/∂B_g = Σ_n (C1 λ^n / B) e^{C2 d²} G_n over the orders within Gaussian g's cutoff (terms are linear in B). */
    private static void addCoefficients(Kernel k, int s, int e, int atom, double d2, double[] gn, double[] out) {
        int no = k.t.orders.length, base = s * k.eg;
        for (int g = k.egStart[e]; g < k.egStart[e + 1]; g++) {
            int c = base + g;
            if (d2 > k.rc2Max[c]) {
                continue;
            }
            double ex = Math.exp(k.c2[c] * d2), sum = 0;
            for (int o = k.firstOrder(c, d2); o < no; o++) {
                sum += k.cn[c * no + o] * gn[o];
            }
            out[k.coefOffset[atom] + g - k.egStart[e]] += sum * ex / k.b[g];
        }
    }

    /** As {@link KernelProducts#tangent}. */
    static void tangent(Kernel k, double x, double y, double z, Kernel.Work wk, double[] v, double ux, double uy,
                        double uz, double[] val, int vOff, double rho, double[] mu, int muOff, double[] out,
                        int outOff) {
        ProbeTables t = k.t;
        Hits hits = k.neighbors.collect(x, y, z, wk.hits);
        int nm = t.monomials, no = t.orders.length, ns = t.sigmas.length;
        double[] dm = wk.mAll, mono = wk.mono, dmono = wk.dmono, so = wk.so, dso = wk.dso, dmu = wk.m;
        int[] shift = t.shift, mp = t.mp, mq = t.mq, mr = t.mr;
        Arrays.fill(dm, 0);
        for (int h = 0; h < hits.size(); h++) {
            int atom = hits.atom(h);
            int e = k.atomElem[atom];
            double d2 = hits.d2(h), hx = hits.dx(h), hy = hits.dy(h), hz = hits.dz(h);
            double vx = v[3 * atom] - ux, vy = v[3 * atom + 1] - uy, vz = v[3 * atom + 2] - uz;
            double dv = hx * vx + hy * vy + hz * vz;
            monomials(t, wk, hx, hy, hz);
            for (int i = 0; i < nm; i++) { // ∇(d^p d^q d^r)·δ through the lowered monomials
                int sx = shift[3 * i], sy = shift[3 * i + 1], sz = shift[3 * i + 2];
                dmono[i] = (sx < 0 ? 0 : vx * mp[i] * mono[sx]) + (sy < 0 ? 0 : vy * mq[i] * mono[sy])
                    + (sz < 0 ? 0 : vz * mr[i] * mono[sz]);
            }
            for (int s = 0; s < ns; s++) {
                if (!orderWeights(k, s, e, d2, so, dso)) {
                    continue;
                }
                for (int o = 0; o < no; o++) {
                    double sw = so[o], dw = dso[o] * dv;
                    if (sw == 0) {
                        continue;
                    }
                    int from = t.orderStart[o], f0 = t.fullStart[t.orders[o]], ms = s * nm + from;
                    int cnt = t.orderStart[o + 1] - from;
                    for (int c = 0; c < cnt; c++) {
                        dm[ms + c] += dw * mono[f0 + c] + sw * dmono[from + c];
                    }
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            int ms = s * nm;
            for (int c = 0; c < nm; c++) {
                double d = 0;
                for (int q = t.cStart[c]; q < t.cStart[c + 1]; q++) {
                    d += t.cCoef[q] * dm[ms + t.cIdx[q]];
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
        KernelProducts.densityTangent(k, hits, v, ux, uy, uz, val, vOff, rho, out, outOff);
    }
}
