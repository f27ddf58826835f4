package org.cemt.structure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cemt.core.Element;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ASE-written files of shared/: counts and ranges the data README states, every number equal to its text, and
 * read → write → read giving equal structures.
 */
class ExtXyzSharedDataTest {
    private static final String[] FILES = {"data/aspirin-xtb-train.extxyz", "data/molecules-xtb-train.extxyz",
        "reference/emt/emt-reference.extxyz"};

    @Test
    void aspirinHasTheFramesAndEnergyRangeOfItsReadme() {
        List<Structure> frames = ExtXyz.read(SharedData.path("data/aspirin-xtb-train.extxyz"));
        assertEquals(2000, frames.size());
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum2 = 0, maxF = 0;
        for (Structure s : frames) {
            assertEquals("C9H8O4", sortedFormula(s));
            assertFalse(s.isPeriodic());
            min = Math.min(min, s.energy());
            max = Math.max(max, s.energy());
            for (double f : s.forces()) {
                sum2 += f * f;
                maxF = Math.max(maxF, Math.abs(f));
            }
        }
        assertEquals(-1077.652, min, 1e-3); // README gives 3 decimals
        assertEquals(-1075.649, max, 1e-3);
        assertEquals(1.35, Math.sqrt(sum2 / (2000 * 21 * 3)), 5e-3); // README: force RMS 1.35 eV/Å
        assertEquals(9.39, maxF, 5e-3);
        Structure first = frames.get(0);
        assertEquals("A", first.info().get("run"));
        assertEquals("1000.0", first.info().get("time_fs"));
        assertEquals(-1077.020569603596, first.energy());
        assertEquals(List.of("forces"), List.copyOf(first.arrays().keySet()));
    }

    @Test
    void moleculesKeepSmilesWithEqualsSigns() {
        List<Structure> frames = ExtXyz.read(SharedData.path("data/molecules-xtb-train.extxyz"));
        assertEquals(958, frames.size());
        assertEquals("CC1=NCCO1", frames.get(0).info().get("smiles"));
        int atoms = 0;
        for (Structure s : frames) {
            atoms += s.size();
        }
        assertEquals(16289, atoms);
    }

    @Test
    void emtReferenceCellsAndPeriodicFlags() {
        List<Structure> frames = ExtXyz.read(SharedData.path("reference/emt/emt-reference.extxyz"));
        assertEquals(5, frames.size());
        assertEquals(Cell.NONE, frames.get(0).cell()); // Au6: no Lattice, pbc F F F
        assertArrayEquals(new double[] {0, 3.61, 3.61, 3.61, 0, 3.61, 3.61, 3.61, 0}, frames.get(1).cell().rows());
        assertArrayEquals(new boolean[] {true, true, true}, frames.get(1).cell().pbc());
        assertArrayEquals(new boolean[] {true, true, false}, frames.get(2).cell().pbc()); // Pt(110) slab
        assertEquals(16.1577878734, frames.get(2).cell().vector(2, 2));
        Structure methanol = frames.get(4);
        assertFalse(methanol.isPeriodic()); // a Lattice with pbc F F F is kept but not periodic
        assertEquals(7.971529, methanol.cell().vector(0, 0));
        assertEquals(6.953800817973, frames.get(0).energy());
    }

    @Test
    void everyNumberEqualsItsText() throws IOException {
        for (String f : FILES) {
            Path p = SharedData.path(f);
            List<String> lines = Files.readAllLines(p);
            List<Structure> frames = ExtXyz.read(p);
            int line = 0;
            for (Structure s : frames) {
                line += 2;
                double[] forces = s.forces();
                for (int i = 0; i < s.size(); i++, line++) {
                    String[] t = lines.get(line).trim().split("\\s+");
                    assertEquals(Element.number(t[0], f), s.number(i));
                    for (int k = 0; k < 3; k++) {
                        assertEquals(Double.parseDouble(t[1 + k]), s.position(i, k), f + ":" + (line + 1));
                        assertEquals(Double.parseDouble(t[4 + k]), forces[3 * i + k], f + ":" + (line + 1));
                    }
                }
            }
            assertEquals(lines.size(), line);
        }
    }

    @Test
    void readWriteReadIsExact(@TempDir Path dir) {
        for (String f : FILES) {
            List<Structure> frames = ExtXyz.read(SharedData.path(f));
            Path out = dir.resolve("copy.extxyz");
            ExtXyz.write(out, frames);
            assertEquals(frames, ExtXyz.read(out), f);
            StringBuilder text = new StringBuilder();
            frames.forEach(s -> text.append(ExtXyz.format(s)));
            assertEquals(frames, ExtXyz.parse(text.toString(), f), f);
        }
    }

    @Test
    void streamingReadsTheSameFramesAsReadingAll() {
        Path p = SharedData.path("data/molecules-xtb-train.extxyz");
        List<Structure> all = ExtXyz.read(p);
        int i = 0;
        try (ExtXyzReader r = ExtXyz.open(p)) {
            while (r.hasNext()) {
                assertEquals(all.get(i++), r.next());
            }
        }
        assertEquals(all.size(), i);
        assertTrue(i > 0);
    }

    /** Hill-like formula with elements sorted by symbol, e.g. C9H8O4. */
    static String sortedFormula(Structure s) {
        java.util.TreeMap<String, Integer> m = new java.util.TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            m.merge(s.symbol(i), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(v == 1 ? "" : v));
        return sb.toString();
    }
}
