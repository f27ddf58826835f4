package org.cemt.neighbor;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * The definition the cell lists must reproduce, by explicit loops over atoms and over every lattice shift in a
 * generous box (⌈R/h_k⌉ + 6 per periodic direction, enough for atoms up to ±2.5 cells outside).
 */
final class BruteForce {
    private BruteForce() {
    }

    /** An image: atom index and integer lattice shift. */
    record Image(int atom, int s0, int s1, int s2) {
    }

    /** A directed pair i → image of j. */
    record Pair(int i, Image j) {
    }

    /** Pairs with 0 < |R_j + L − R_i| < cutoff (i with L = 0 excluded) → the vector R_j + L − R_i. */
    static Map<Pair, double[]> pairs(Structure s, double cutoff) {
        Map<Pair, double[]> out = new HashMap<>();
        for (int i = 0; i < s.size(); i++) {
            final int ii = i;
            near(s, s.position(i, 0), s.position(i, 1), s.position(i, 2), cutoff).forEach((img, d) -> {
                if (!(img.atom() == ii && img.s0() == 0 && img.s1() == 0 && img.s2() == 0)) {
                    out.put(new Pair(ii, img), d);
                }
            });
        }
        return out;
    }

    /** Images with |R_j + L − x| < radius → R_j + L − x. */
    static Map<Image, double[]> near(Structure s, double x, double y, double z, double radius) {
        Cell c = s.cell();
        int[] m = new int[3];
        for (int k = 0; k < 3; k++) {
            m[k] = c.isPeriodic() && c.periodic(k) ? (int) Math.ceil(radius / spacing(c, k)) + 6 : 0;
        }
        Map<Image, double[]> out = new HashMap<>();
        for (int j = 0; j < s.size(); j++) {
            for (int a = -m[0]; a <= m[0]; a++) {
                for (int b = -m[1]; b <= m[1]; b++) {
                    for (int d = -m[2]; d <= m[2]; d++) {
                        double[] v = new double[3];
                        for (int ax = 0; ax < 3; ax++) {
                            v[ax] = s.position(j, ax) + a * c.vector(0, ax) + b * c.vector(1, ax)
                                + d * c.vector(2, ax) - (ax == 0 ? x : ax == 1 ? y : z);
                        }
                        if (v[0] * v[0] + v[1] * v[1] + v[2] * v[2] < radius * radius) {
                            out.put(new Image(j, a, b, d), v);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Plane spacing of periodic vector k within the periodic sublattice (its in-plane or in-line distance). */
    private static double spacing(Cell c, int k) {
        double[] b = PeriodicImages.completeBasis(c);
        return PeriodicImages.planeSpacing(b, k);
    }

    /** n atoms at fractional coordinates uniform in [lo, hi) of the cell's rows (Cartesian box if no cell). */
    static Structure random(Cell cell, double[] box, int n, double lo, double hi, long seed, int z) {
        Random r = new Random(seed);
        double[] rows = cell == Cell.NONE ? box : cell.rows();
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double[] f = {lo + (hi - lo) * r.nextDouble(), lo + (hi - lo) * r.nextDouble(),
                lo + (hi - lo) * r.nextDouble()};
            for (int ax = 0; ax < 3; ax++) {
                x[3 * i + ax] = f[0] * rows[ax] + f[1] * rows[3 + ax] + f[2] * rows[6 + ax];
            }
        }
        int[] zs = new int[n];
        java.util.Arrays.fill(zs, z);
        return Structure.of(zs, x, cell);
    }
}
