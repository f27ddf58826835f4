package org.cemt.md.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.cemt.core.ComputationException;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The molecule pipeline end to end (needs xtb and obabel, scripts/setup-generators; skipped without them) and its
 * bond-graph check (always runs).
 */
class MoleculesTest {
    @Test
    void bondGraphSeesABrokenBond() {
        Structure h2o = Structure.molecule(new int[] {8, 1, 1}, new double[] {0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0});
        assertEquals(2, Molecules.bondGraph(h2o).size());
        Structure stretched = h2o.withPositions(new double[] {0, 0, 0, 1.3, 0, 0, -0.24, 0.93, 0});
        assertEquals(1, Molecules.bondGraph(stretched).size()); // 1.3 Å > 1.2 × (0.66 + 0.31) = 1.164 Å
        assertEquals("H2O", Molecules.hill(h2o));
    }

    @Test
    void missingOpenBabelNamesTheInstallLine() {
        OpenBabel absent = OpenBabel.defaults().withProgram("/nonexistent/bin/obabel");
        ComputationException e = assertThrows(ComputationException.class, () -> absent.build("CCO"));
        assertTrue(e.getMessage().startsWith("obabel: program: expected Open Babel's '/nonexistent/bin/obabel' "
            + "(install: apt-get install openbabel), found none"), e.getMessage());
    }

    /** MD frames carry GFN2-xTB labels of their own positions, a frame every interval steps. */
    @Test
    void xtbMdFramesAreLabelledByXtb() {
        org.cemt.calc.Xtb xtb = org.cemt.calc.Xtb.defaults();
        assumeTrue(xtb.isAvailable(), "xtb not on PATH (scripts/setup-generators)");
        Structure water = Structure.molecule(new int[] {8, 1, 1},
            new double[] {0.013, 0.021, 0.12, -0.031, 0.78, -0.47, 0.05, -0.74, -0.5});
        List<Structure> frames = new ArrayList<>();
        MoleculeMd.generate(xtb, water, GenerateOptions.defaults().withFrames(3).withInterval(2).withTimestep(0.5)
            .withTemperatureK(500), frames::add);
        assertEquals(3, frames.size());
        assertEquals("1.00", frames.get(1).info().get("time_fs"));
        for (Structure s : frames) {
            assertEquals(xtb.calculate(s).energy(), s.energy(), 1e-6);
        }
        assertTrue(frames.get(0).energy() != frames.get(2).energy(), "the molecule moved");
    }

    /**
     * Three molecules from SMILES to labelled optimum. Energies of the two in the shared set (made with rdkit
     * geometries, the same xtb settings) agree to 1e-3 eV: one minimum, two routes to it.
     */
    @Test
    void threeMoleculesEndToEnd() {
        assumeTrue(OpenBabel.defaults().isAvailable() && org.cemt.calc.Xtb.defaults().isAvailable(),
            "xtb and obabel not on PATH (scripts/setup-generators)");
        List<Molecules.Outcome> out = new ArrayList<>();
        Molecules.defaults().generate(List.of("CC#N", "O", "CCO"), 2, out::add);
        assertEquals(3, out.size());
        String[] formulas = {"C2H3N", "H2O", "C2H6O"};
        for (int k = 0; k < 3; k++) {
            Molecules.Outcome o = out.get(k);
            assertNull(o.dropped(), o.smiles());
            Structure s = o.frame();
            assertEquals(o.smiles(), s.info().get("smiles"));
            assertEquals(formulas[k], Molecules.hill(s));
            double max = 0;
            for (double f : s.forces()) {
                max = Math.max(max, Math.abs(f));
            }
            // residual forces at xtb's "normal" optimum (1e-3 Eh/bohr ≈ 0.05 eV/Å gradient threshold)
            assertTrue(max < 0.1, o.smiles() + " max force " + max);
        }
        assertEquals(-236.42615556528, out.get(0).frame().energy(), 1e-3); // shared set, smiles=CC#N
        assertEquals(-137.97654062553133, out.get(1).frame().energy(), 1e-3); // shared set, smiles=O
    }
}
