package org.cemt.gmp;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a feature matrix: (order, σ[, MCSH group]) of each (SPEC.md §3.8). Ordered by order ascending,
 * then σ ascending, then (MCSH probes) group in the paper's order (§3.2: a descending, then b descending); order
 * −1 (local density) once, first, with σ = 0 and no group. Immutable.
 */
public final class FeatureLayout {
    private final int[] order;
    private final double[] sigma;
    private final int[] sigmaIndex; // index into the spec's sigmas, −1 for order −1
    private final int[] group; // index into the order's groups, −1 for SOLID probes and order −1

    FeatureLayout(GmpSpec spec) {
        List<int[]> cols = new ArrayList<>(); // {order, sigmaIndex, group}
        double[] s = spec.sigmas();
        for (int n : spec.orders()) {
            if (n < 0) {
                cols.add(new int[] {-1, -1, -1});
                continue;
            }
            int groups = spec.probes() == GmpSpec.Probes.MCSH ? Angular.of(n, false).groups.length : 0;
            for (int k = 0; k < s.length; k++) {
                if (groups == 0) {
                    cols.add(new int[] {n, k, -1});
                }
                for (int g = 0; g < groups; g++) {
                    cols.add(new int[] {n, k, g});
                }
            }
        }
        int f = cols.size();
        order = new int[f];
        sigma = new double[f];
        sigmaIndex = new int[f];
        group = new int[f];
        for (int i = 0; i < f; i++) {
            int[] c = cols.get(i);
            order[i] = c[0];
            sigmaIndex[i] = c[1];
            sigma[i] = c[1] < 0 ? 0 : s[c[1]];
            group[i] = c[2];
        }
    }

    /** Number of features F. */
    public int size() {
        return order.length;
    }

    /** Order of feature f, −1..9. */
    public int order(int f) {
        return order[f];
    }

    /** σ of feature f, Å (0 for order −1). */
    public double sigma(int f) {
        return sigma[f];
    }

    /** Index of feature f's σ in the spec's sorted sigmas; −1 for order −1. */
    public int sigmaIndex(int f) {
        return sigmaIndex[f];
    }

    /** True if feature f is one MCSH group (not the whole order). */
    public boolean isGroup(int f) {
        return group[f] >= 0;
    }

    /** The MCSH group of feature f as its representative (a, b, c), a ≥ b ≥ c; null for a whole-order feature. */
    public int[] group(int f) {
        return group[f] < 0 ? null : Angular.of(order[f], false).groups[group[f]].clone();
    }

    /** Index of feature f's group among its order's groups (§3.2 listing); −1 for a whole-order feature. */
    public int groupIndex(int f) {
        return group[f];
    }

    /** Multiplicity mult(g) = n!/(a!b!c!) of feature f's group (SPEC.md §4.3); 1 for a whole-order feature. */
    public double groupWeight(int f) {
        if (group[f] < 0) {
            return 1;
        }
        Angular t = Angular.of(order[f], false);
        return t.mult[t.groupMembers[group[f]][0]];
    }

    /** "(n, σ)" or "(n, σ, abc)", for messages and plots. */
    public String label(int f) {
        String base = "(" + order[f] + ", " + sigma[f];
        if (group[f] < 0) {
            return base + ")";
        }
        int[] g = group(f);
        return base + ", " + g[0] + g[1] + g[2] + ")";
    }
}
