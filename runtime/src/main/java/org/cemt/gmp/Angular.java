package org.cemt.gmp;

import java.util.ArrayList;
import java.util.List;

/**
 * The angular polynomials of SPEC.md §3 for one order n: the Maxwell–Cartesian (traceless, solid) polynomials
 * T_abc of eq. 3.2 as integer coefficients on the monomials x^p y^q z^r (p+q+r = n), their multinomial weights, and
 * the MCSH groups of §3.2. Components and monomials are listed alike: a descending, then b descending. Immutable.
 */
final class Angular {
    /** Highest order the reference defines (SPEC.md §3.5). */
    static final int MAX_ORDER = 9;

    final int order;
    /** Exponent triples of the components (= of the monomials), [index][axis]. */
    final int[][] triples;
    /** Multinomial weight n!/(a!b!c!) of each component (SPEC.md §3.3). */
    final double[] mult;
    /** Coefficient C_abc,(p,q,r), [component][monomial]; exact integers. */
    final double[][] coef;
    /** Group representatives a ≥ b ≥ c, in the paper's order (SPEC.md §3.2). */
    final int[][] groups;
    /** Components of each group, [group][k] indices into {@link #triples}. */
    final int[][] groupMembers;

    private Angular(int n, boolean peer) {
        order = n;
        triples = triples(n);
        int k = triples.length;
        mult = new double[k];
        coef = new double[k][];
        for (int c = 0; c < k; c++) {
            int[] t = triples[c];
            mult[c] = fact(n) / (fact(t[0]) * fact(t[1]) * fact(t[2]));
            coef[c] = exactCoefficients(t[0], t[1], t[2]);
        }
        if (peer && n == 9) {
            PeerTables.apply(this);
        }
        List<int[]> gs = new ArrayList<>();
        for (int[] t : triples) {
            if (t[0] >= t[1] && t[1] >= t[2]) {
                gs.add(t);
            }
        }
        groups = gs.toArray(new int[0][]);
        groupMembers = new int[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            List<Integer> members = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                if (sameMultiset(triples[c], groups[g])) {
                    members.add(c);
                }
            }
            groupMembers[g] = members.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static final Angular[] EXACT = new Angular[MAX_ORDER + 1];
    private static final Angular PEER_9 = new Angular(9, true);

    static {
        for (int n = 0; n <= MAX_ORDER; n++) {
            EXACT[n] = new Angular(n, false);
        }
    }

    /** The tables of order n; {@code peer} swaps in the §3.4 order-9 polynomials of the value-only reference. */
    static Angular of(int n, boolean peer) {
        return peer && n == 9 ? PEER_9 : EXACT[n];
    }

    /** Index of the triple (p,q,r), p+q+r = n, in the a-descending, b-descending listing. */
    static int index(int n, int p, int q) {
        int a = n - p; // triples with first index > p come first: Σ_{i<a} (i+1)
        return a * (a + 1) / 2 + (n - p - q);
    }

    static int[][] triples(int n) {
        int[][] t = new int[(n + 1) * (n + 2) / 2][];
        int i = 0;
        for (int a = n; a >= 0; a--) {
            for (int b = n - a; b >= 0; b--) {
                t[i++] = new int[] {a, b, n - a - b};
            }
        }
        return t;
    }

    /** T_abc on the monomials of order n, from the closed form (SPEC.md eq. 3.2). */
    static double[] exactCoefficients(int a, int b, int c) {
        int n = a + b + c;
        double[] out = new double[(n + 1) * (n + 2) / 2];
        for (int i = 0; 2 * i <= a; i++) {
            for (int j = 0; 2 * j <= b; j++) {
                for (int k = 0; 2 * k <= c; k++) {
                    int m = i + j + k;
                    double front = ((m & 1) == 0 ? 1 : -1) * doubleFactorial(2 * n - 2 * m - 1)
                        * fact(a) / (Math.pow(2, i) * fact(i) * fact(a - 2 * i))
                        * fact(b) / (Math.pow(2, j) * fact(j) * fact(b - 2 * j))
                        * fact(c) / (Math.pow(2, k) * fact(k) * fact(c - 2 * k));
                    // (x²+y²+z²)^m = Σ m!/(s!t!u!) x^2s y^2t z^2u
                    for (int s = 0; s <= m; s++) {
                        for (int t = 0; s + t <= m; t++) {
                            int u = m - s - t;
                            double multi = fact(m) / (fact(s) * fact(t) * fact(u));
                            int p = a - 2 * i + 2 * s, q = b - 2 * j + 2 * t;
                            out[index(n, p, q)] += front * multi;
                        }
                    }
                }
            }
        }
        return out;
    }

    static double fact(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** k!! with (−1)!! = 0!! = 1. */
    static double doubleFactorial(int k) {
        double f = 1;
        for (int i = k; i > 1; i -= 2) {
            f *= i;
        }
        return f;
    }

    private static boolean sameMultiset(int[] x, int[] y) {
        int[] a = x.clone();
        int[] b = y.clone();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }

    /** The value-only reference's order-9 polynomials for group (5,4,0) and component (3,3,3) (SPEC.md §3.4). */
    private static final class PeerTables {
        private static final int[][] P540_EXP = {{9, 0, 0}, {7, 2, 0}, {7, 0, 2}, {5, 4, 0}, {5, 2, 2}, {5, 0, 4},
            {3, 6, 0}, {3, 4, 2}, {3, 2, 4}, {3, 0, 6}, {1, 8, 0}, {1, 6, 2}, {1, 4, 4}, {1, 2, 6}, {1, 0, 8}};
        private static final double[] P540_COEF = {518980, -3412640, 1576960, 19486005, 5292210, 2022405, -9524900,
            -1443750, 9471000, 1389850, 1516900, 2949100, 1772925, 766150, 425425};
        private static final int[][] P333_EXP = {{7, 1, 1}, {5, 3, 1}, {5, 1, 3}, {3, 5, 1}, {3, 3, 3}, {3, 1, 5},
            {1, 7, 1}, {1, 5, 3}, {1, 3, 5}, {1, 1, 7}};
        private static final double[] P333_COEF = {935550, -3274515, -3274425, -3274605, 21829320, -3274425, 935460,
            -3274605, -3274515, 935550};

        static void apply(Angular t) {
            int[] rep = {5, 4, 0};
            for (int c = 0; c < t.triples.length; c++) {
                int[] abc = t.triples[c];
                if (abc[0] == 3 && abc[1] == 3 && abc[2] == 3) {
                    t.coef[c] = table(P333_EXP, P333_COEF, new int[] {0, 1, 2});
                } else if (sameMultiset(abc, rep)) {
                    int[] pi = new int[3]; // (a,b,c)_i = (5,4,0)_{π(i)}
                    for (int i = 0; i < 3; i++) {
                        for (int k = 0; k < 3; k++) {
                            if (rep[k] == abc[i]) {
                                pi[i] = k;
                            }
                        }
                    }
                    t.coef[c] = table(P540_EXP, P540_COEF, pi);
                }
            }
        }

        private static double[] table(int[][] exps, double[] coefs, int[] pi) {
            double[] out = new double[55];
            for (int k = 0; k < exps.length; k++) {
                int[] f = exps[k];
                out[index(9, f[pi[0]], f[pi[1]])] = coefs[k];
            }
            return out;
        }
    }
}
