package org.cemt.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.structure.io.ExtXyz;
import org.cemt.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * GFN2-xTB through the xtb program. The error tests always run; the physics tests need {@code xtb} on PATH
 * (scripts/setup-generators installs it) and are skipped without it.
 */
class XtbTest {
    private static final Xtb XTB = Xtb.defaults();

    // generic coordinates: xtb 6.5.1 returned a gradient off by 5e-4 Eh/bohr for a water with two atoms at exactly x = 0
    private static Structure water() {
        return Structure.molecule(new int[] {8, 1, 1}, new double[] {0.013, 0.021, 0.12, -0.031, 0.78, -0.47, 0.05, -0.74, -0.5});
    }

    private static Structure methane() {
        return Structure.molecule(new int[] {6, 1, 1, 1, 1}, new double[] {
            0.01, 0, 0, 0.65, 0.62, 0.64, -0.6, -0.66, 0.62, -0.64, 0.64, -0.6, 0.6, -0.62, -0.67});
    }

    @Test
    void missingProgramNamesTheInstallLine() {
        Xtb absent = XTB.withProgram("/nonexistent/bin/xtb");
        assertTrue(!absent.isAvailable());
        ComputationException e = assertThrows(ComputationException.class, () -> absent.calculate(water()));
        assertTrue(e.getMessage().startsWith("xtb: program: expected the GFN2-xTB program '/nonexistent/bin/xtb' "
            + "(install: apt-get install xtb), found none"), e.getMessage());
    }

    @Test
    void failedRunNamesTheStructure() {
        // /bin/false stands in for an xtb that stops with an error (exit code 1), as a failed SCF does
        Xtb failing = XTB.withProgram("/bin/false");
        Structure s = water().toBuilder().info("smiles", "O").build();
        ComputationException e = assertThrows(ComputationException.class, () -> failing.calculate(s));
        assertEquals("xtb: H2O (O): mol.xyz --grad failed (exit code 1): no output", e.getMessage().replace("OH2", "H2O"));
    }

    @Test
    void badSettingsAndPeriodicCellsAreRefused() {
        assertEquals("xtb: uhf: expected a non-negative number of unpaired electrons, found -1",
            assertThrows(InputException.class, () -> XTB.withUnpairedElectrons(-1)).getMessage());
        assertEquals("xtb: timeout: expected a positive number of seconds, found 0.0",
            assertThrows(InputException.class, () -> XTB.withTimeoutSeconds(0)).getMessage());
        Structure cell = water().withCell(Cell.orthorhombic(10, 10, 10));
        assertEquals("xtb: cell: expected an isolated molecule (no periodic directions), found a periodic cell",
            assertThrows(InputException.class, () -> XTB.calculate(cell)).getMessage());
    }

    /**
     * Central differences of xtb energies, h = 0.01 Å: xtb's default SCC convergence (~1e-6 Eh) puts ~3e-3 eV/Å of
     * noise into the difference quotient at this step, so the tolerance is 6e-3 eV/Å (forces here are 0.1–5 eV/Å).
     */
    @Test
    void forcesMatchCentralDifferencesForWaterAndMethane() {
        assumeTrue(XTB.isAvailable(), "xtb not on PATH (scripts/setup-generators)");
        for (Structure s : List.of(water(), methane())) {
            Calculation c = XTB.calculate(s);
            double h = 0.01, maxForce = 0;
            for (int k = 0; k < 3 * s.size(); k += 2) { // every other coordinate keeps the test under ~10 s
                double[] plus = s.positions(), minus = s.positions();
                plus[k] += h;
                minus[k] -= h;
                double fd = -(XTB.calculate(s.withPositions(plus)).energy()
                    - XTB.calculate(s.withPositions(minus)).energy()) / (2 * h);
                assertEquals(fd, c.forces()[k], 6e-3, s.formula() + " coordinate " + k);
                maxForce = Math.max(maxForce, Math.abs(fd));
            }
            assertTrue(maxForce > 0.1, "geometries are off the optimum: forces are not trivially zero");
        }
    }

    /** The shared aspirin set was labelled with {@code xtb frame.xyz --grad} (6.5.1, default accuracy). */
    @Test
    void reproducesTheSharedAspirinLabels() {
        assumeTrue(XTB.isAvailable(), "xtb not on PATH (scripts/setup-generators)");
        Structure frame;
        try (var reader = ExtXyz.open(SharedData.path("data/aspirin-xtb-train.extxyz"))) {
            frame = reader.next();
        }
        Calculation c = XTB.calculate(frame);
        assertEquals(frame.energy(), c.energy(), 1e-6);
        double[] f = frame.forces();
        for (int k = 0; k < f.length; k++) {
            assertEquals(f[k], c.forces()[k], 1e-5, "force component " + k);
        }
    }

    @Test
    void batchesGiveTheSameNumbersAsSingleCalls() {
        assumeTrue(XTB.isAvailable(), "xtb not on PATH (scripts/setup-generators)");
        List<Calculation> batch = XTB.calculateAll(List.of(water(), methane(), water()), 2);
        assertEquals(XTB.calculate(methane()).energy(), batch.get(1).energy(), 1e-9);
        assertEquals(batch.get(0).energy(), batch.get(2).energy(), 1e-9);
        // GFN2-xTB total energy of water near its optimum is about −5.07 Eh
        assertEquals(-5.07 * 27.2114, batch.get(0).energy(), 0.5);
    }
}
