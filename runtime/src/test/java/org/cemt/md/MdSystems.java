package org.cemt.md;

import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/** Small systems for the dynamics tests. */
final class MdSystems {
    private MdSystems() {
    }

    /** fcc Cu, n×n×n conventional cells of a = 3.61 Å (4n³ atoms), periodic. */
    static Structure copper(int n) {
        double a = 3.61;
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int atoms = 4 * n * n * n;
        double[] r = new double[3 * atoms];
        int[] z = new int[atoms];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    for (double[] b : basis) {
                        r[3 * c] = (i + b[0]) * a;
                        r[3 * c + 1] = (j + b[1]) * a;
                        r[3 * c + 2] = (k + b[2]) * a;
                        z[c++] = 29;
                    }
                }
            }
        }
        return Structure.of(z, r, Cell.orthorhombic(n * a, n * a, n * a));
    }

    static double[] masses(Structure s) {
        double[] m = new double[s.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = org.cemt.core.Element.mass(s.number(i));
        }
        return m;
    }
}
