package org.cemt.structure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cemt.core.InputException;
import org.cemt.structure.AtomArray;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extended XYZ dialect beyond ASE's defaults, the exact text written, streaming writes and plain XYZ. */
class ExtXyzFormatTest {
    private static Structure one(String text) {
        List<Structure> l = ExtXyz.parse(text, "t.extxyz");
        assertEquals(1, l.size());
        return l.get(0);
    }

    @Test
    void columnsOfEveryTypeAndWidth() {
        Structure s = one("2\nProperties=species:S:1:pos:R:3:tag:I:2:fixed:L:1:label:S:2:charge:R:1 energy=-1.5\n"
            + "H 0 0 0 1 -2 T a b 0.25\nO 1 2 3 3 4 F c d -0.5\n");
        assertEquals(List.of("tag", "fixed", "label", "charge"), List.copyOf(s.arrays().keySet()));
        assertArrayEquals(new long[] {1, -2, 3, 4}, s.arrays().get("tag").ints());
        assertArrayEquals(new boolean[] {true, false}, s.arrays().get("fixed").logicals());
        assertArrayEquals(new String[] {"a", "b", "c", "d"}, s.arrays().get("label").strings());
        assertArrayEquals(new double[] {0.25, -0.5}, s.arrays().get("charge").reals());
        assertEquals(-1.5, s.energy());
        assertFalse(s.hasForces());
        assertEquals(s, one(ExtXyz.format(s)));
    }

    @Test
    void speciesAsAtomicNumbersOrZColumn() {
        Structure bySymbol = one("2\n\nC 0 0 0\nO 0 0 1.13\n");
        assertEquals(bySymbol, one("2\n\n6 0 0 0\n8 0 0 1.13\n"));
        assertEquals(bySymbol, one("2\nProperties=Z:I:1:pos:R:3\n6 0 0 0\n8 0 0 1.13\n"));
        assertEquals(bySymbol, one("2\nProperties=species:S:1:pos:R:3:Z:I:1\nC 0 0 0 6\nO 0 0 1.13 8\n"));
    }

    @Test
    void commentLineQuotingBareKeysAndFirstEquals() {
        Structure s = one("1\nsmiles=CC1=NCCO1 note=\"two words\" esc=\"say \\\"hi\\\" \\\\ ok\" flag "
            + "spaced = x empty=\"\"\nH 0 0 0\n");
        assertEquals(Map.of("smiles", "CC1=NCCO1", "note", "two words", "esc", "say \"hi\" \\ ok", "flag", "T",
            "spaced", "x", "empty", ""), s.info());
        assertEquals(List.of("smiles", "note", "esc", "flag", "spaced", "empty"), List.copyOf(s.info().keySet()));
        assertEquals(s, one(ExtXyz.format(s)));
    }

    @Test
    void periodicFlagsDefaultLikeAse() {
        assertEquals(Cell.NONE, one("1\n\nH 0 0 0\n").cell());
        Cell withLattice = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\"\nH 0 0 0\n").cell();
        assertArrayEquals(new boolean[] {true, true, true}, withLattice.pbc()); // Lattice alone: periodic
        Cell slab = one("1\nLattice=\"2 0 0 0 2 0 0 0 9\" pbc=\"T T F\"\nH 0 0 0\n").cell();
        assertArrayEquals(new boolean[] {true, true, false}, slab.pbc());
        assertArrayEquals(one("1\nLattice=\"2 0 0 0 2 0 0 0 9\" pbc=\"True true F\"\nH 0 0 0\n").cell().pbc(),
            slab.pbc());
    }

    @Test
    void stressAsNineOrSixValues() {
        Structure nine = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"1 6 5 6 2 4 5 4 3\"\nH 0 0 0\n");
        Structure six = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"1 2 3 4 5 6\"\nH 0 0 0\n"); // Voigt
        assertArrayEquals(new double[] {1, 6, 5, 6, 2, 4, 5, 4, 3}, nine.stress());
        assertEquals(nine, six);
        assertEquals(six, one(ExtXyz.format(six)));
    }

    @Test
    void writesAseLayout() {
        Structure s = Structure.builder(new int[] {29, 1}, new double[] {0, 0.5, -1e-5, 1.25, 2, 3})
            .cell(Cell.of(new double[] {3.61, 0, 0, 0, 3.61, 0, 0, 0, 20}, new boolean[] {true, true, false}))
            .energy(-3.5).forces(new double[] {0.1, 0, 0, 0, -0.1, 0}).info("run", "A B").build();
        assertEquals("2\nLattice=\"3.61 0.0 0.0 0.0 3.61 0.0 0.0 0.0 20.0\" "
            + "Properties=species:S:1:pos:R:3:forces:R:3 run=\"A B\" energy=-3.5 pbc=\"T T F\"\n"
            + "Cu  0.0 0.5 -1.0E-5 0.1 0.0 0.0\n"
            + "H   1.25 2.0 3.0 0.0 -0.1 0.0\n", ExtXyz.format(s));
    }

    @Test
    void randomDoublesSurviveWriteAndRead() {
        Random r = new Random(7);
        double[] x = new double[3 * 50];
        for (int i = 0; i < x.length; i++) {
            x[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10);
        }
        int[] z = new int[50];
        java.util.Arrays.fill(z, 79);
        Structure s = Structure.builder(z, x).energy(r.nextGaussian() * 1e7).forces(x).build();
        assertEquals(s, one(ExtXyz.format(s)));
    }

    @Test
    void refusesWhatCannotBeWrittenBack() {
        Structure s = Structure.molecule(new int[] {1}, new double[3]);
        assertEquals("extxyz writer: info key: expected a key without blanks, '=' or quotes, other than "
            + "Lattice, Properties, pbc, energy, stress, found 'a b'",
            assertThrows(InputException.class, () -> ExtXyz.format(s.toBuilder().info("a b", "1").build()))
                .getMessage());
        assertTrue(assertThrows(InputException.class, () -> ExtXyz.format(s.toBuilder().info("energy", "1").build()))
            .getMessage().endsWith("found 'energy'"));
        assertEquals("extxyz writer: per-atom array label: expected strings without blanks, found 'a b'",
            assertThrows(InputException.class, () -> ExtXyz.format(s.toBuilder()
                .array(AtomArray.strings("label", 1, new String[] {"a b"})).build())).getMessage());
    }

    @Test
    void streamingWriterMovesTheFileIntoPlaceOnClose(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("frames.extxyz");
        Structure a = Structure.molecule(new int[] {1, 1}, new double[] {0, 0, 0, 0, 0, 0.74});
        try (ExtXyzWriter w = ExtXyz.writer(out)) {
            w.write(a).write(a.withPositions(new double[] {0, 0, 0, 0, 0, 0.8}));
            assertFalse(Files.exists(out)); // nothing visible before close
            assertEquals(2, w.frames());
        }
        assertEquals(2, ExtXyz.read(out).size());
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void abortedWriterLeavesNoFileAndKeepsTheOldOne(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("frames.extxyz");
        Structure a = Structure.molecule(new int[] {1}, new double[3]);
        try (ExtXyzWriter w = ExtXyz.writer(out)) {
            w.write(a);
            w.abort();
        }
        assertEquals(List.of(), list(dir));
        Files.writeString(out, "old");
        try (ExtXyzWriter w = ExtXyz.writer(out)) {
            w.write(a);
            w.abort();
        }
        assertEquals("old", Files.readString(out));
        assertEquals(List.of(out), list(dir));
        // a failing batch write leaves the old file too
        Structure bad = a.toBuilder().info("x y", "1").build();
        assertThrows(InputException.class, () -> ExtXyz.write(out, List.of(a, bad)));
        assertEquals("old", Files.readString(out));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void plainXyzReadsSymbolsAndPositionsOnly(@TempDir Path dir) {
        List<Structure> l = Xyz.read(new java.io.StringReader("2\nwater-ish, any comment = text\nO 0 0 0 extra\n"
            + "H 0.96 0 0\n"), "w.xyz");
        assertEquals(Structure.molecule(new int[] {8, 1}, new double[] {0, 0, 0, 0.96, 0, 0}), l.get(0));
        Path out = dir.resolve("w.xyz");
        Xyz.write(out, List.of(l.get(0).withEnergyAndForces(-1, new double[6])));
        assertEquals(l, Xyz.read(out));
        assertEquals("w.xyz:3: pos: expected 3 reals, found 2", assertThrows(InputException.class,
            () -> Xyz.read(new java.io.StringReader("1\n\nO 0 0\n"), "w.xyz")).getMessage());
    }

    @Test
    void framesLargerThanTheFirstAllocationGrow() {
        int n = 10000;
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.001;
        }
        int[] z = new int[n];
        java.util.Arrays.fill(z, 29);
        Structure s = Structure.builder(z, x).forces(x).array(AtomArray.ints("tag", 1, new long[n])).build();
        assertEquals(s, one(ExtXyz.format(s)));
    }

    @Test
    void readsFromAStreamWithAName() {
        byte[] bytes = "1\n\nAu 0 0 0\n\n\n".getBytes(StandardCharsets.UTF_8); // trailing blank lines tolerated
        assertEquals(1, ExtXyz.read(new ByteArrayInputStream(bytes), "s").size());
        assertEquals(0, one("0\nenergy=1.0\n").size());
        try (ExtXyzReader r = ExtXyz.open(new ByteArrayInputStream(bytes), "s")) {
            assertTrue(r.hasNext());
            assertEquals(79, r.next().number(0));
            assertFalse(r.hasNext());
            assertThrows(java.util.NoSuchElementException.class, r::next);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
