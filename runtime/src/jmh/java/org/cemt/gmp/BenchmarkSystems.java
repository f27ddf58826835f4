package org.cemt.gmp;

import java.util.ArrayList;
import java.util.List;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/** Benchmark inputs: aspirin (first frame of shared/data/aspirin-xtb-train.extxyz), its grid, an fcc Cu cell. */
final class BenchmarkSystems {
    private BenchmarkSystems() {
    }

    static Structure aspirin() {
        return Structure.molecule(new int[] {6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1}, new double[] {
            -2.64983733, -2.38111283, -0.49832916,
            -2.17468852, -0.94289760, -0.24239582,
            -2.94401884, -0.03935061, -0.22652253,
            -0.92215164, -0.96057691, 0.08742924,
            -0.15149194, 0.19167881, 0.00505713,
            -0.67248635, 1.47061694, -0.37150436,
            0.13230264, 2.60897364, -0.45353991,
            1.45624132, 2.51895006, -0.14418578,
            2.00904526, 1.30368367, 0.04902280,
            1.25605541, 0.11265225, 0.14088169,
            1.90342473, -1.20153430, 0.22668537,
            1.37351043, -2.20178607, 0.61250598,
            3.26571540, -1.05657275, 0.14092996,
            -2.20075409, -3.03984629, 0.30951195,
            -2.36651729, -2.68817287, -1.57388468,
            -3.70622846, -2.64679936, -0.23672139,
            -1.66594654, 1.43158311, -0.48673829,
            -0.40005227, 3.55548832, -0.57664966,
            2.15338574, 3.38276616, -0.30847374,
            3.03668639, 1.33297664, -0.03499110,
            3.79836918, -1.84035476, 0.29384414});
    }

    /**
     * The CEMT grid model's points: a 0.3 Å grid over the bounding box padded by 3 Å, keeping the points within
     * 3 Å of an atom (peers.md: 23,821 of 50,568 points for aspirin).
     */
    static double[] grid(Structure s, double spacing, double cut) {
        double[] lo = {1e300, 1e300, 1e300}, hi = {-1e300, -1e300, -1e300};
        for (int i = 0; i < s.size(); i++) {
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], s.position(i, a) - cut);
                hi[a] = Math.max(hi[a], s.position(i, a) + cut);
            }
        }
        int[] n = new int[3];
        for (int a = 0; a < 3; a++) {
            n[a] = (int) Math.floor((hi[a] - lo[a]) / spacing) + 1;
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < n[0]; i++) {
            for (int j = 0; j < n[1]; j++) {
                for (int k = 0; k < n[2]; k++) {
                    double x = lo[0] + i * spacing, y = lo[1] + j * spacing, z = lo[2] + k * spacing;
                    for (int q = 0; q < s.size(); q++) {
                        double dx = x - s.position(q, 0), dy = y - s.position(q, 1), dz = z - s.position(q, 2);
                        if (dx * dx + dy * dy + dz * dz <= cut * cut) {
                            kept.add(new double[] {x, y, z});
                            break;
                        }
                    }
                }
            }
        }
        double[] out = new double[3 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(kept.get(i), 0, out, 3 * i, 3);
        }
        return out;
    }

    /** fcc Cu, a = 3.61 Å, nx × ny × nz conventional cells (4 atoms each), rattled by ±0.05 Å (seed 1). */
    static Structure copper(int nx, int ny, int nz) {
        double a = 3.61;
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int count = 4 * nx * ny * nz;
        double[] pos = new double[3 * count];
        java.util.Random r = new java.util.Random(1);
        int c = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                for (int k = 0; k < nz; k++) {
                    for (double[] b : basis) {
                        pos[c++] = (i + b[0]) * a + 0.1 * (r.nextDouble() - 0.5);
                        pos[c++] = (j + b[1]) * a + 0.1 * (r.nextDouble() - 0.5);
                        pos[c++] = (k + b[2]) * a + 0.1 * (r.nextDouble() - 0.5);
                    }
                }
            }
        }
        int[] z = new int[count];
        java.util.Arrays.fill(z, 29);
        return Structure.of(z, pos, Cell.orthorhombic(nx * a, ny * a, nz * a));
    }
}
