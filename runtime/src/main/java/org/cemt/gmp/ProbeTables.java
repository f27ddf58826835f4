package org.cemt.gmp;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about a {@link GmpSpec} that does not depend on a structure, flattened for the kernels: the monomials
 * x^p y^q z^r of all requested orders n ≥ 0 (one flat list, order by order; a component (a,b,c) shares the index
 * of the monomial with the same exponents), the sparse coefficients C_abc,(p,q,r) of every component (SPEC.md
 * eq. 3.2, or the §3.4 tables), and for every feature the components and weights of F² = Σ weight·μ² (eq. 3.3 with
 * mult(a,b,c) for SOLID, eq. 4.4 with 1 for an MCSH group). Immutable.
 */
final class ProbeTables {
    final FeatureLayout layout;
    final double[] sigmas;
    final boolean square;
    final double theta;
    /** Orders n ≥ 0, ascending. */
    final int[] orders;
    final int maxOrder;
    final boolean hasDensity;
    /** True unless the PEER_NODERIV variant swaps non-harmonic polynomials into order 9. */
    final boolean harmonic;
    final int monomials;
    /** First flat monomial of order index o; orderStart[orders.length] = monomials. */
    final int[] orderStart;
    final int[] mp, mq, mr;
    /** Index q·(maxOrder+1) + r of each monomial's y·z product P_q P_r in a kernel's table. */
    final int[] myz;
    /**
     * The full monomial table of orders 0..maxOrder (order by order, p then q descending): fullStart[n] is its first
     * monomial of order n, fp / fyz its x exponent and y·z product index. fullOf[m] places requested monomial m in
     * it; shift[3m + axis] places (p,q,r) lowered by one along axis (−1 if that exponent is 0): ∂(P_pP_qP_r)/∂u_x =
     * p P_{p−1}P_qP_r (eq. 5.3a), so axis derivatives of monomial sums are monomial sums one order lower.
     */
    final int[] fullStart, fp, fyz, fullOf, shift;
    /** Sparse coefficients of component c: entries cStart[c] .. cStart[c+1]-1 of cIdx (monomial) / cCoef. */
    final int[] cStart, cIdx;
    final double[] cCoef;
    /** Per feature: order index (−1 for the density), sigma index, its components and their weights. */
    final int[] fOrder, fSigma, fStart, fComp;
    final double[] fWeight;
    /** Features of each sigma: sfStart[s] .. sfStart[s+1]-1 of sfFeature. */
    final int[] sfStart, sfFeature;

    ProbeTables(GmpSpec spec) {
        layout = new FeatureLayout(spec);
        sigmas = spec.sigmas();
        square = spec.square();
        theta = spec.overlapThreshold();
        boolean peer = spec.variant() == GmpSpec.Variant.PEER_NODERIV;
        harmonic = !(peer && spec.orders()[spec.orders().length - 1] == 9);
        List<Integer> os = new ArrayList<>();
        boolean rho = false;
        for (int n : spec.orders()) {
            if (n < 0) {
                rho = true;
            } else {
                os.add(n);
            }
        }
        hasDensity = rho;
        orders = os.stream().mapToInt(Integer::intValue).toArray();
        maxOrder = orders.length == 0 ? 0 : orders[orders.length - 1];
        orderStart = new int[orders.length + 1];
        for (int o = 0; o < orders.length; o++) {
            int n = orders[o];
            orderStart[o + 1] = orderStart[o] + (n + 1) * (n + 2) / 2;
        }
        monomials = orderStart[orders.length];
        mp = new int[monomials];
        mq = new int[monomials];
        mr = new int[monomials];
        myz = new int[monomials];
        fullStart = new int[maxOrder + 2];
        for (int k = 0; k <= maxOrder; k++) {
            fullStart[k + 1] = fullStart[k] + (k + 1) * (k + 2) / 2;
        }
        fp = new int[fullStart[maxOrder + 1]];
        fyz = new int[fp.length];
        for (int k = 0; k <= maxOrder; k++) {
            int[][] tr = Angular.triples(k);
            for (int c = 0; c < tr.length; c++) {
                fp[fullStart[k] + c] = tr[c][0];
                fyz[fullStart[k] + c] = tr[c][1] * (maxOrder + 1) + tr[c][2];
            }
        }
        fullOf = new int[monomials];
        shift = new int[3 * monomials];
        cStart = new int[monomials + 1];
        List<Integer> idx = new ArrayList<>();
        List<Double> coef = new ArrayList<>();
        double[] mult = new double[monomials];
        for (int o = 0; o < orders.length; o++) {
            Angular t = Angular.of(orders[o], peer);
            for (int c = 0; c < t.triples.length; c++) {
                int m = orderStart[o] + c;
                mp[m] = t.triples[c][0];
                mq[m] = t.triples[c][1];
                mr[m] = t.triples[c][2];
                mult[m] = t.mult[c];
                myz[m] = mq[m] * (maxOrder + 1) + mr[m];
                int n = orders[o];
                fullOf[m] = fullStart[n] + c;
                int[] e = t.triples[c];
                for (int ax = 0; ax < 3; ax++) {
                    if (e[ax] == 0) {
                        shift[3 * m + ax] = -1;
                    } else {
                        int[] lo = e.clone();
                        lo[ax]--;
                        shift[3 * m + ax] = fullStart[n - 1] + Angular.index(n - 1, lo[0], lo[1]);
                    }
                }
                for (int k = 0; k < t.coef[c].length; k++) {
                    if (t.coef[c][k] != 0) {
                        idx.add(orderStart[o] + k);
                        coef.add(t.coef[c][k]);
                    }
                }
                cStart[m + 1] = idx.size();
            }
        }
        cIdx = idx.stream().mapToInt(Integer::intValue).toArray();
        cCoef = coef.stream().mapToDouble(Double::doubleValue).toArray();

        int nf = layout.size();
        fOrder = new int[nf];
        fSigma = new int[nf];
        fStart = new int[nf + 1];
        List<Integer> comps = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            int n = layout.order(f);
            fSigma[f] = layout.sigmaIndex(f);
            fOrder[f] = n < 0 ? -1 : os.indexOf(n);
            if (n >= 0) {
                int o = fOrder[f];
                Angular t = Angular.of(n, false);
                if (layout.isGroup(f)) {
                    for (int c : t.groupMembers[layout.groupIndex(f)]) {
                        comps.add(orderStart[o] + c);
                        weights.add(1.0);
                    }
                } else {
                    for (int c = 0; c < t.triples.length; c++) {
                        comps.add(orderStart[o] + c);
                        weights.add(mult[orderStart[o] + c]);
                    }
                }
            }
            fStart[f + 1] = comps.size();
        }
        fComp = comps.stream().mapToInt(Integer::intValue).toArray();
        fWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
        sfStart = new int[sigmas.length + 1];
        List<Integer> sf = new ArrayList<>();
        for (int s = 0; s < sigmas.length; s++) {
            for (int f = 0; f < nf; f++) {
                if (fSigma[f] == s) {
                    sf.add(f);
                }
            }
            sfStart[s + 1] = sf.size();
        }
        sfFeature = sf.stream().mapToInt(Integer::intValue).toArray();
    }

    /** ORDER_FACTOR f_n, scaling the overlap threshold per order (SPEC.md §3.5). */
    static double orderFactor(int n) {
        return switch (n) {
            case -1, 0, 1, 2 -> 1;
            case 3 -> 1e-1;
            case 4 -> 1e-2;
            case 5 -> 1e-4;
            case 6 -> 1e-5;
            case 7 -> 1e-7;
            case 8 -> 1e-9;
            case 9 -> 1e-11;
            default -> throw new IllegalArgumentException("order " + n);
        };
    }
}
