package org.cemt.structure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The summary cemt info prints, against values worked out by hand from the files and the data README. */
class FrameSummaryTest {
    @Test
    void emtReferenceCellsElementsAndFlags() {
        FrameSummary s = FrameSummary.of(SharedData.path("reference/emt/emt-reference.extxyz"));
        assertEquals(5, s.frames());
        assertEquals(Map.of("F F F", 2, "T T T", 2, "T T F", 1), s.pbcFrames());
        assertEquals(4, s.cellFrames()); // all but Au6 carry a Lattice (methanol's with pbc F F F)
        assertEquals(4.05, s.lengthMin(0), 1e-12); // Al cube
        assertEquals(7.971529, s.lengthMax(0), 1e-12); // methanol box
        assertEquals(60.0, s.angleMin(2), 1e-9); // fcc Cu: a₁ = (0, a, a), a₂ = (a, 0, a)
        assertEquals(90.0, s.angleMax(0), 1e-9);
        assertEquals(Math.pow(4.05, 3), s.volumeMin(), 1e-9);
        assertEquals(7.84 * 5.5437171645 * 16.1577878734, s.volumeMax(), 1e-9);
        assertEquals(6.953800817973, s.energyMax(), 0);
        assertEquals(6.953800817973 / 6, s.energyPerAtomMax(), 1e-15); // Au6 has the highest energy per atom
        assertEquals(5, s.forceFrames());
    }

    @Test
    void moleculesElementCountsMatchTheReadme() {
        FrameSummary s = FrameSummary.of(SharedData.path("data/molecules-xtb-train.extxyz"));
        assertEquals(958, s.frames());
        assertEquals(16289, s.atoms());
        assertEquals(2, s.atomsMin());
        assertEquals(28, s.atomsMax());
        assertEquals(Map.of(1, 9394L, 6, 5318L, 7, 650L, 8, 749L, 9, 178L), s.atomsPerElement());
        assertEquals(Map.of(1, 950, 6, 949, 7, 496, 8, 550, 9, 95), s.framesPerElement());
        assertEquals(-889.3, s.energyMin(), 0.05);
        assertEquals(-113.6, s.energyMax(), 0.05);
        assertEquals(0.004, s.forceRms(), 5e-4);
        assertEquals(0.034, Math.max(-s.forceMin(), s.forceMax()), 5e-4);
        assertEquals(0, s.cellFrames());
    }

    @Test
    void forceStatisticsOfAHandMadeSet() {
        Structure a = Structure.molecule(new int[] {1, 1}, new double[6]).withEnergyAndForces(-2,
            new double[] {3, 0, 0, 0, -4, 0});
        Structure b = Structure.of(new int[] {79}, new double[3], Cell.orthorhombic(2, 3, 4));
        FrameSummary s = FrameSummary.of(List.of(a, b));
        assertEquals(-4, s.forceMin());
        assertEquals(3, s.forceMax());
        assertEquals(Math.sqrt(25.0 / 6), s.forceRms(), 1e-15);
        assertEquals(-1, s.energyPerAtomMin());
        assertEquals(1, s.energyFrames());
        assertEquals(24, s.volumeMin());
        assertEquals(1, s.atomsMin());
    }
}
