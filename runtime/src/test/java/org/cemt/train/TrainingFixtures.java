package org.cemt.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cemt.structure.Structure;

/**
 * Small labelled data for training tests: water and methane with seeded random displacements, labelled by a
 * smooth pair potential E = Σ_z b_z + Σ_{i<j} A·exp(−r_ij/ρ) (A = 2 eV, ρ = 0.8 Å) with its exact forces.
 */
final class TrainingFixtures {
    private TrainingFixtures() {
    }

    static List<Structure> molecules(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double a = Math.toRadians(104.52) / 2, ro = 0.9572, d = 1.09 / Math.sqrt(3);
        double[] water = {0, 0, 0, ro * Math.sin(a), 0, ro * Math.cos(a), -ro * Math.sin(a), 0, ro * Math.cos(a)};
        double[] methane = {0, 0, 0, d, d, d, -d, -d, d, -d, d, -d, d, -d, -d};
        List<Structure> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            boolean w = s % 2 == 0;
            int[] z = w ? new int[] {8, 1, 1} : new int[] {6, 1, 1, 1, 1};
            double[] x = (w ? water : methane).clone();
            for (int q = 0; q < x.length; q++) {
                x[q] += 0.08 * (2 * r.nextDouble() - 1);
            }
            out.add(labelled(z, x));
        }
        return out;
    }

    static Structure labelled(int[] z, double[] x) {
        double e = 0;
        double[] f = new double[x.length];
        for (int i = 0; i < z.length; i++) {
            e += z[i] == 1 ? -13.6 : z[i] == 6 ? -1030.0 : -2040.0;
            for (int j = i + 1; j < z.length; j++) {
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                double rr = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double v = 2 * Math.exp(-rr / 0.8);
                e += v;
                double dv = -v / 0.8 / rr; // dV/dr / r
                f[3 * i] -= dv * dx;
                f[3 * i + 1] -= dv * dy;
                f[3 * i + 2] -= dv * dz;
                f[3 * j] += dv * dx;
                f[3 * j + 1] += dv * dy;
                f[3 * j + 2] += dv * dz;
            }
        }
        return Structure.builder(z, x).energy(e).forces(f).build();
    }
}
