package org.cemt.md.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemt.calc.Calculation;
import org.cemt.calc.Emt;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

class AlloysTest {
    private static List<Structure> set(int count, long seed) {
        List<Structure> out = new ArrayList<>();
        Alloys.generate(count, seed, out::add);
        return out;
    }

    @Test
    void cellsAreFccBccOrHcpOfUpToThreeEmtMetals() {
        Set<String> lattices = new HashSet<>();
        Set<Integer> metals = new HashSet<>();
        for (int m : Alloys.METALS) {
            metals.add(m);
        }
        int mixed = 0;
        for (Structure s : set(40, 11)) {
            assertTrue(s.cell().isPeriodic());
            String lattice = s.info().get("lattice");
            lattices.add(lattice);
            int perCell = Map.of("fcc", 4, "bcc", 2, "hcp", 2).get(lattice);
            assertEquals(0, s.size() % perCell, lattice + " with " + s.size() + " atoms");
            Set<Integer> present = new HashSet<>();
            for (int z : s.numbers()) {
                assertTrue(metals.contains(z), "element " + z);
                present.add(z);
            }
            assertTrue(present.size() <= 3);
            mixed += present.size() > 1 ? 1 : 0;
            // Vegard volume, strain ≤ 4 %: a few percent around the mean fcc atomic volume
            double v = s.cell().volume() / s.size();
            double vegard = 0;
            for (int z : s.numbers()) {
                vegard += Math.pow(Alloys.latticeConstant(z), 3) / 4 / s.size();
            }
            assertEquals(1.0, v / vegard, 0.15);
        }
        assertEquals(Set.of("fcc", "bcc", "hcp"), lattices);
        assertTrue(mixed > 20, "most cells are alloys: " + mixed);
    }

    @Test
    void theSameSeedGivesTheSameSet() {
        List<Structure> a = set(5, 3), b = set(5, 3);
        assertEquals(a, b);
        assertNotEquals(a.get(2), set(5, 4).get(2));
        assertEquals(a.get(4), Alloys.frame(3, 4));
    }

    @Test
    void labelsAreEmtEnergyForcesAndStress() {
        Emt emt = new Emt();
        double maxForce = 0;
        for (Structure s : set(6, 5)) {
            Calculation c = emt.calculate(s);
            assertEquals(c.energy(), s.energy(), 1e-12);
            assertArrayEquals(c.forces(), s.forces(), 1e-12);
            assertArrayEquals(c.stress(), s.stress(), 1e-12);
            assertEquals(Alloys.formationEnergy(s, c.energy()), Double.parseDouble(s.info().get("formation_energy")),
                1e-9);
            for (double f : s.forces()) {
                maxForce = Math.max(maxForce, Math.abs(f));
            }
        }
        assertTrue(maxForce > 0.05, "rattled cells carry forces: " + maxForce);
    }

    /** The fcc references are EMT minima: zero formation energy there, positive when strained either way. */
    @Test
    void pureFccAtItsLatticeConstantHasZeroFormationEnergy() {
        Emt emt = new Emt();
        for (int z : Alloys.METALS) {
            double a = Alloys.latticeConstant(z);
            Structure cubic = Structure.of(new int[] {z, z, z, z},
                new double[] {0, 0, 0, 0, a / 2, a / 2, a / 2, 0, a / 2, a / 2, a / 2, 0}, Cell.orthorhombic(a, a, a));
            assertEquals(0, Alloys.formationEnergy(cubic, emt.calculate(cubic).energy()), 1e-10);
            for (double scale : new double[] {0.99, 1.01}) {
                Structure strained = Alloys.fcc(z, a * scale);
                assertTrue(Alloys.formationEnergy(strained, emt.calculate(strained).energy()) > 1e-5);
            }
        }
        // EMT was fitted to the experimental lattice constants (Jacobsen et al. 1996): Cu 3.61 Å, Au 4.08 Å, Al 4.05 Å
        assertEquals(3.61, Alloys.latticeConstant(29), 0.06);
        assertEquals(4.08, Alloys.latticeConstant(79), 0.06);
        assertEquals(4.05, Alloys.latticeConstant(13), 0.06);
    }

    @Test
    void badCountsAndElementsAreRefused() {
        assertEquals("generate alloys: count: expected at least 1, found 0",
            assertThrows(InputException.class, () -> Alloys.generate(0, 1, s -> { })).getMessage());
        assertEquals("alloys: element: expected one of Ni Cu Pd Ag Pt Au Al, found Fe",
            assertThrows(InputException.class, () -> Alloys.latticeConstant(26)).getMessage());
    }
}
