package org.cemt.md.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cemt.calc.Calculation;
import org.cemt.calc.Emt;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** The seed paper's data-set recipes. */
class EmtRecipeTest {
    private final Emt emt = new Emt();

    @Test
    void au6StartsAsRegularOctahedronOfFccGold() {
        Structure s = EmtRecipe.AU6.start();
        assertEquals("Au6", s.formula());
        assertFalse(s.isPeriodic());
        int edges = 0, diagonals = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                double d = distance(s, i, j);
                if (Math.abs(d - 4.08 / Math.sqrt(2)) < 1e-12) {
                    edges++;
                } else if (Math.abs(d - 4.08) < 1e-12) {
                    diagonals++;
                }
            }
        }
        assertEquals(12, edges);
        assertEquals(3, diagonals);
        // ASE 3.22.1 EMT of the same six atoms
        assertEquals(6.197043707079147, emt.calculate(s).energy(), 1e-9);
    }

    @Test
    void ptauStartsAsAseBuildsIt() {
        Structure s = EmtRecipe.PTAU.start();
        assertEquals("Pt8Au2", s.formula());
        assertArrayEquals(new boolean[] {true, true, false}, s.cell().pbc());
        assertEquals(15.38592929, s.cell().vector(2, 2), 1e-8);
        // ASE: fcc110('Pt', (2, 2, 2), vacuum=7.) plus Au at atoms[7] + 2.5, + 5.0 Å in z, EMT energy
        assertEquals(2.5, s.position(8, 2) - s.position(7, 2), 1e-12);
        assertEquals(5.0, s.position(9, 2) - s.position(7, 2), 1e-12);
        assertEquals(8.652041761097113, emt.calculate(s).energy(), 1e-9);
    }

    @Test
    void generatedFramesCarryEmtEnergyForcesAndStep() {
        List<Structure> frames = new ArrayList<>();
        GenerateOptions o = GenerateOptions.defaults().withFrames(4).withInterval(25).withSeed(3);
        EmtRecipe.AU6.generate(o, frames::add);
        assertEquals(4, frames.size());
        assertArrayEquals(EmtRecipe.AU6.start().positions(), frames.get(0).positions());
        for (int k = 0; k < 4; k++) {
            Structure f = frames.get(k);
            assertEquals(Integer.toString(25 * k), f.info().get("step"));
            Calculation c = emt.calculate(f);
            assertEquals(c.energy(), f.energy(), 0);
            assertArrayEquals(c.forces(), f.forces(), 0);
        }
        assertTrue(Math.abs(frames.get(3).energy() - frames.get(0).energy()) > 1e-3, "the cluster moved");
        List<Structure> again = new ArrayList<>();
        EmtRecipe.AU6.generate(o, again::add);
        assertEquals(frames, again);
    }

    @Test
    void ptauKeepsTheAnchorAtomsFixed() {
        List<Structure> frames = new ArrayList<>();
        EmtRecipe.PTAU.generate(GenerateOptions.defaults().withFrames(3).withInterval(20), frames::add);
        Structure first = frames.get(0), last = frames.get(2);
        for (int axis = 0; axis < 3; axis++) {
            assertEquals(first.position(0, axis), last.position(0, axis), 0);
            assertEquals(first.position(2, axis), last.position(2, axis), 0);
        }
        assertTrue(Math.abs(first.position(9, 2) - last.position(9, 2)) > 1e-4);
    }

    @Test
    void optionsAndNamesAreChecked() {
        assertEquals(EmtRecipe.PTAU, EmtRecipe.byId("ptau"));
        assertEquals("generate: data set: expected au6 or ptau, found 'au7'",
            assertThrows(InputException.class, () -> EmtRecipe.byId("au7")).getMessage());
        assertEquals("generate: frames: expected at least 1, found 0",
            assertThrows(InputException.class, () -> GenerateOptions.defaults().withFrames(0)).getMessage());
        assertEquals(124_950, GenerateOptions.defaults().steps());
    }

    private static double distance(Structure s, int i, int j) {
        double d2 = 0;
        for (int a = 0; a < 3; a++) {
            double d = s.position(i, a) - s.position(j, a);
            d2 += d * d;
        }
        return Math.sqrt(d2);
    }
}
