package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * Features are a property of the density around a point: unchanged (to rounding, 1e-10 relative or 1e-12 absolute)
 * when atoms and points rotate or translate together, when atoms are relabelled, and when an atom of a periodic
 * cell is replaced by another of its images. MCSH group features are not rotation-invariant (SPEC.md §4.3) but
 * are invariant under the cubic operations, e.g. an axis permutation.
 */
class GmpInvarianceTest {
    static final GmpSpec SPEC = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).sigmas(0.4, 1.0)
        .density("QE-kjpaw").build();

    static void assertSame(GmpFeatures a, GmpFeatures b, String what) {
        for (int q = 0; q < a.values().length; q++) {
            double x = a.values()[q], y = b.values()[q];
            assertTrue(Math.abs(x - y) <= 1e-10 * Math.abs(x) + 1e-12, what + " entry " + q + ": " + x + " vs " + y);
        }
    }

    static double[] rotate(double[] p, double[] r, double[] shift) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length / 3; i++) {
            for (int a = 0; a < 3; a++) {
                out[3 * i + a] = r[3 * a] * p[3 * i] + r[3 * a + 1] * p[3 * i + 1] + r[3 * a + 2] * p[3 * i + 2]
                    + shift[a];
            }
        }
        return out;
    }

    /** A random rotation matrix (row-major) from a random unit quaternion. */
    static double[] randomRotation(long seed) {
        Random r = new Random(seed);
        double w = r.nextGaussian(), x = r.nextGaussian(), y = r.nextGaussian(), z = r.nextGaussian();
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        w /= n;
        x /= n;
        y /= n;
        z /= n;
        return new double[] {1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
            2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
            2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)};
    }

    @Test
    void moleculeFeaturesAreInvariantUnderRotationAndTranslationWithThePoints() {
        Structure s = GmpCases.water();
        double[] p = GmpCases.randomPoints(s, 5, 1.5, 21);
        double[] rot = randomRotation(3);
        double[] shift = {0.7, -1.3, 2.2};
        Featurizer fz = Featurizer.of(SPEC);
        GmpFeatures ref = fz.compute(s, p);
        GmpFeatures moved = fz.compute(s.withPositions(rotate(s.positions(), rot, shift)), rotate(p, rot, shift));
        assertSame(ref, moved, "rotation + translation");
    }

    @Test
    void periodicFeaturesAreInvariantUnderRotatingTheWholeCell() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 4, 1.5, 22);
        double[] rot = randomRotation(4);
        double[] zero = {0, 0, 0};
        Structure r = Structure.of(s.numbers(), rotate(s.positions(), rot, zero),
            Cell.periodic(rotate(s.cell().rows(), rot, zero)));
        GmpSpec spec = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4).sigmas(0.3, 0.7).build();
        assertSame(Featurizer.of(spec).compute(s, p), Featurizer.of(spec).compute(r, rotate(p, rot, zero)),
            "rotated cell");
    }

    @Test
    void featuresDoNotDependOnTheOrderOfAtoms() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 4, 1.5, 23);
        int[] perm = {2, 0, 1};
        Structure q = s.select(perm);
        GmpFeatures a = Featurizer.of(SPEC).compute(s, p);
        GmpFeatures b = Featurizer.of(SPEC).compute(q, p);
        assertSame(a, b, "permutation");
        // derivatives follow their atoms
        double[] g = GmpCases.random(a.points() * a.features(), 1);
        double[] ga = a.vjpAtoms(g, new double[9]);
        double[] gb = b.vjpAtoms(g, new double[9]);
        for (int i = 0; i < 3; i++) {
            for (int ax = 0; ax < 3; ax++) {
                assertEquals(ga[3 * perm[i] + ax], gb[3 * i + ax], 1e-10 * (1 + Math.abs(ga[3 * perm[i] + ax])));
            }
        }
    }

    @Test
    void anyPeriodicImageOfAnAtomGivesTheSameFeatures() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 4, 1.5, 24);
        double[] r = s.positions();
        double[] cell = s.cell().rows();
        int[] n = {2, -1, 1}; // atom 1 moved by 2a − b + c
        for (int a = 0; a < 3; a++) {
            r[3 + a] += n[0] * cell[a] + n[1] * cell[3 + a] + n[2] * cell[6 + a];
        }
        assertSame(Featurizer.of(SPEC).compute(s, p), Featurizer.of(SPEC).compute(s.withPositions(r), p),
            "image choice");
        // a point moved by a lattice vector sees the same crystal
        double[] p2 = p.clone();
        for (int a = 0; a < 3; a++) {
            p2[a] -= cell[3 + a];
        }
        assertSame(Featurizer.of(SPEC).compute(s, p), Featurizer.of(SPEC).compute(s, p2), "point image");
    }

    @Test
    void groupFeaturesFollowAxisPermutations() {
        Structure s = GmpCases.water();
        double[] p = GmpCases.randomPoints(s, 3, 1.2, 25);
        double[] swap = {0, 1, 0, 0, 0, 1, 1, 0, 0}; // (x, y, z) → (y, z, x)
        GmpSpec mcsh = GmpSpec.builder().orders(0, 1, 2, 3, 4).sigmas(0.5).probes(GmpSpec.Probes.MCSH).build();
        assertSame(Featurizer.of(mcsh).compute(s, p), Featurizer.of(mcsh).compute(
            s.withPositions(rotate(s.positions(), swap, new double[3])), rotate(p, swap, new double[3])), "cubic");
        // but a generic rotation changes individual groups of order ≥ 2
        double[] rot = randomRotation(9);
        GmpFeatures a = Featurizer.of(mcsh).compute(s, p);
        GmpFeatures b = Featurizer.of(mcsh).compute(s.withPositions(rotate(s.positions(), rot, new double[3])),
            rotate(p, rot, new double[3]));
        double maxRel = 0;
        for (int q = 0; q < a.values().length; q++) {
            maxRel = Math.max(maxRel, Math.abs(a.values()[q] - b.values()[q]) / Math.abs(a.values()[q]));
        }
        assertTrue(maxRel > 1e-3, "groups of order ≥ 2 are not rotation-invariant");
    }
}
