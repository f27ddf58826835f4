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
    final int monomials;
    /** First flat monomial of order index o; orderStart[orders.length] = monomials. */
    final int[] orderStart;
    final int[] mp, mq, mr;
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
