package org.cemt.gmp;

import java.util.Random;
import org.cemt.density.DensitySet;
import org.cemt.density.ElementDensity;
import org.cemt.density.GpspReader;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/** Structures, points and spec variations shared by the GMP physics tests (fixed seeds). */
final class GmpCases {
    private GmpCases() {
    }

    static Structure water() {
        return Structure.molecule(new int[] {8, 1, 1},
            new double[] {0.0, 0.0, 0.119, 0.0, 0.763, -0.477, 0.0, -0.763, -0.477});
    }

    /** A skewed (triclinic) periodic CuO cell smaller than the cutoff: every point sees several images. */
    static Structure skewedCell() {
        double[] cell = {3.2, 0.0, 0.0, 1.1, 3.0, 0.0, 0.6, 0.9, 3.4};
        double[][] frac = {{0.1, 0.2, 0.15}, {0.55, 0.45, 0.6}, {0.8, 0.7, 0.3}};
        double[] pos = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int a = 0; a < 3; a++) {
                pos[3 * i + a] = frac[i][0] * cell[a] + frac[i][1] * cell[3 + a] + frac[i][2] * cell[6 + a];
            }
        }
        return Structure.of(new int[] {29, 8, 1}, pos, Cell.periodic(cell));
    }

    /** m points uniformly in a box of half-width w around the structure's first atom. */
    static double[] randomPoints(Structure s, int m, double w, long seed) {
        Random r = new Random(seed);
        double[] p = new double[3 * m];
        for (int i = 0; i < 3 * m; i++) {
            p[i] = s.position(0, i % 3) + (2 * r.nextDouble() - 1) * w;
        }
        return p;
    }

    static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * r.nextDouble() - 1;
        }
        return v;
    }

    /** x → (I + e·E_ab)x on flat [3*i + axis] coordinates: x_a += e·x_b. */
    static double[] strained(double[] x, int ab, double e) {
        double[] r = x.clone();
        for (int i = 0; i < r.length / 3; i++) {
            r[3 * i + ab / 3] += e * x[3 * i + ab % 3];
        }
        return r;
    }

    /** s with atoms and lattice vectors mapped by I + e·E_ab (a homogeneous strain). */
    static Structure strained(Structure s, int ab, double e) {
        double[] r = strained(s.positions(), ab, e);
        if (!(s.cell().periodic(0) || s.cell().periodic(1) || s.cell().periodic(2))) {
            return s.withPositions(r);
        }
        return Structure.of(s.numbers(), r, Cell.of(strained(s.cell().rows(), ab, e), s.cell().pbc()));
    }

    /** A copy of a density set with B of Gaussian g of element z replaced, through the .gpsp reader. */
    static DensitySet withCoefficient(DensitySet d, int z, int g, double b) {
        StringBuilder sb = new StringBuilder("# test densities\n! n\n");
        for (int e : d.numbers()) {
            ElementDensity ed = d.element(e);
            sb.append("****\n").append(ed.symbol()).append(' ').append(e).append(' ').append(ed.size()).append('\n');
            for (int k = 0; k < ed.size(); k++) {
                double bk = e == z && k == g ? b : ed.b(k);
                sb.append(bk).append(' ').append(ed.beta(k)).append('\n');
            }
        }
        return GpspReader.parse(sb.toString(), "perturbed");
    }
}
