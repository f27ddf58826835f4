package org.cemt.refpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** The finite-difference grid (CEMT paper S1.1 Model 1, S1.3.1 augmentation): counts, weights, volumes. */
class GridPointsTest {
    @Test
    void oneAtomOnALatticePointKeepsTheNineteenPointsInsideTheCut() {
        // h = 1, cut 1.5: integer points with m² < 2.25: m² = 0 (1), 1 (6), 2 (12)
        Structure one = Structure.molecule(new int[] {6}, new double[] {0, 0, 0});
        ReferencePointSet g = RefPointSpec.grid(1.0, 1.5).build(one);
        assertEquals(19, g.size());
        assertEquals(19.0, g.totalWeight(), 1e-12); // weight h³ = 1 each
        assertEquals(0, g.parentCount(0));
        // a dimer 3 Å apart along z: two disjoint balls of 19
        Structure dimer = Structure.molecule(new int[] {6, 6}, new double[] {0, 0, 0, 0, 0, 3});
        assertEquals(38, RefPointSpec.grid(1.0, 1.5).build(dimer).size());
        // atom at the cube centre (½,½,½), cut 1: only the 8 corners (0.866 Å) are closer than the cut
        Structure centred = Structure.molecule(new int[] {6}, new double[] {0.5, 0.5, 0.5});
        assertEquals(8, RefPointSpec.grid(1.0, 1.0).build(centred).size());
    }

    @Test
    void moleculeGridPointsAreIntegerMultiplesOfTheSpacingInTheLabFrame() {
        ReferencePointSet g = RefPointSpec.grid().build(Molecules.water());
        assertEquals(0.027, g.weight(0), 1e-15); // 0.3³ (S1.1)
        for (int i = 0; i < g.size(); i++) {
            for (int a = 0; a < 3; a++) {
                double m = g.point(i, a) / 0.3;
                assertEquals(Math.rint(m), m, 1e-9);
            }
        }
    }

    @Test
    void aspirinGridWeightsSumToTheVolumeWithinThreeAngstromOfTheAtoms() {
        Structure a = Molecules.aspirin();
        ReferencePointSet g = RefPointSpec.grid().build(a);
        // peers.md: 23,821 points for an aspirin geometry on the same rule; frame 0 here is another geometry
        assertEquals(23821, g.size(), 0.03 * 23821);
        double volume = monteCarloVolume(a, 3.0, 400_000, 17);
        // Monte Carlo: 1σ ≈ 0.15 %; the 0.3 Å Riemann sum of a union of balls is within ~0.5 %
        assertEquals(volume, g.totalWeight(), 0.01 * volume);
        ReferencePointSet avg = RefPointSpec.gridAugmented(0.3, 3.0).build(a);
        assertEquals(volume, avg.totalWeight(), 0.01 * volume);
        assertTrue(avg.size() > 7.5 * g.size(), "8 shifted grids, found " + avg.size());
    }

    @Test
    void augmentationGivesEightGridsShiftedByHalfASpacing() {
        RefPointSpec aug = RefPointSpec.parse("grid-aug:0.5:2.0");
        List<ReferencePointSet> s = aug.samples(Molecules.water());
        assertEquals(8, s.size());
        for (int k = 0; k < 8; k++) {
            ReferencePointSet g = s.get(k);
            for (int a = 0; a < 3; a++) {
                double m = g.point(0, a) / 0.5 - ((k >> a) & 1) * 0.5;
                assertEquals(Math.rint(m), m, 1e-9, "sample " + k + " axis " + a);
            }
        }
        assertNotEquals(s.get(0).totalWeight(), s.get(7).totalWeight()); // the shifted grid samples another volume
        double mean = 0;
        for (ReferencePointSet g : s) {
            mean += g.totalWeight() / 8;
        }
        assertEquals(mean, aug.build(Molecules.water()).totalWeight(), 1e-9);
        assertEquals(1, RefPointSpec.grid().samples(Molecules.water()).size());
    }

    @Test
    void triclinicCellGridTilesTheCellWithWeightVolumeOverPointCount() {
        Structure s = Molecules.triclinic(); // every point is within 3 Å of some atom image
        ReferencePointSet g = RefPointSpec.grid().build(s);
        int[] n = new int[3];
        for (int k = 0; k < 3; k++) {
            n[k] = (int) Math.ceil(s.cell().length(k) / 0.3);
        }
        int count = n[0] * n[1] * n[2];
        assertEquals(count, g.size());
        double v = Math.abs(s.cell().volume());
        assertEquals(v / count, g.weight(0), 1e-14);
        assertEquals(v, g.totalWeight(), 1e-9);
        assertTrue(g.scalesWithVolume(0));
    }

    @Test
    void primitiveFccCopperHas729PointsOfWeightVOver729() {
        double a = 3.61;
        Cell c = Cell.periodic(new double[] {0, a / 2, a / 2, a / 2, 0, a / 2, a / 2, a / 2, 0});
        Structure cu = Structure.of(new int[] {29}, new double[] {0, 0, 0}, c);
        ReferencePointSet g = RefPointSpec.grid().build(cu);
        assertEquals(729, g.size()); // |a_k| = 2.553 Å → n = ⌈8.51⌉ = 9 per vector
        assertEquals(a * a * a / 4 / 729, g.weight(100), 1e-14);
    }

    @Test
    void slabGridIsPeriodicInPlaneAndSpacedByHAlongTheNormal() {
        Structure s = Molecules.slab();
        ReferencePointSet g = RefPointSpec.grid().build(s);
        Cell c = s.cell();
        int n1 = (int) Math.ceil(c.length(0) / 0.3), n2 = (int) Math.ceil(c.length(1) / 0.3);
        double area = c.length(0) * 2.4; // |a₁ × a₂| for a₁ = (2.6,0,0), a₂ = (1.1,2.4,0)
        assertEquals(area * 0.3 / (n1 * n2), g.weight(0), 1e-14);
        for (int i = 0; i < g.size(); i++) {
            double m = g.point(i, 2) / 0.3; // the normal is ẑ
            assertEquals(Math.rint(m), m, 1e-9);
        }
        double minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int i = 0; i < g.size(); i++) {
            minZ = Math.min(minZ, g.point(i, 2));
            maxZ = Math.max(maxZ, g.point(i, 2));
        }
        assertTrue(minZ > 5.0 - 3.0 && minZ < 5.0 - 3.0 + 0.3, "lowest plane " + minZ);
        assertTrue(maxZ < 7.3 + 3.0 && maxZ > 7.3 + 3.0 - 0.3, "highest plane " + maxZ);
        assertTrue(!g.scalesWithVolume(0));
    }

    @Test
    void smoothGridKeepsTheSamePointsAndTapersTheirWeightsNearTheCut() {
        Structure w = Molecules.water();
        ReferencePointSet hard = RefPointSpec.grid().build(w);
        ReferencePointSet smooth = RefPointSpec.parse("grid:0.3:3.0:smooth=1.0").build(w);
        assertEquals(hard.size(), smooth.size());
        assertTrue(smooth.hasWeightDerivatives());
        int full = 0;
        for (int i = 0; i < smooth.size(); i++) {
            assertTrue(smooth.weight(i) > 0 && smooth.weight(i) <= 0.027 + 1e-15);
            full += smooth.weight(i) > 0.027 - 1e-15 ? 1 : 0;
        }
        assertTrue(full > 0 && full < smooth.size(), full + " of " + smooth.size() + " at full weight");
        assertTrue(smooth.totalWeight() < hard.totalWeight());
    }

    /** Volume of the union of balls of radius r around the atoms, by uniform sampling of the bounding box. */
    static double monteCarloVolume(Structure s, double r, int samples, long seed) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int j = 0; j < s.size(); j++) {
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], s.position(j, a) - r);
                hi[a] = Math.max(hi[a], s.position(j, a) + r);
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int inside = 0;
        for (int t = 0; t < samples; t++) {
            double x = lo[0] + (hi[0] - lo[0]) * rnd.nextDouble(), y = lo[1] + (hi[1] - lo[1]) * rnd.nextDouble();
            double z = lo[2] + (hi[2] - lo[2]) * rnd.nextDouble();
            for (int j = 0; j < s.size(); j++) {
                double dx = x - s.position(j, 0), dy = y - s.position(j, 1), dz = z - s.position(j, 2);
                if (dx * dx + dy * dy + dz * dz < r * r) {
                    inside++;
                    break;
                }
            }
        }
        return (hi[0] - lo[0]) * (hi[1] - lo[1]) * (hi[2] - lo[2]) * inside / samples;
    }
}
