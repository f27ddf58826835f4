package org.cemt.density;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemt.core.InputException;
import org.cemt.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped density sets equal the reference .gpsp files, and every malformed file fails naming file and line. */
class DensitySetTest {
    @Test
    void shippedSetsEqualTheReferenceFiles() {
        for (String name : new String[] {"NC-SR", "QE-kjpaw"}) {
            DensitySet shipped = DensitySet.standard(name);
            DensitySet read = GpspReader.read(SharedData.path("reference/gmp/" + name + ".gpsp"));
            assertArrayEquals(read.numbers(), shipped.numbers(), name);
            for (int z : read.numbers()) {
                ElementDensity a = read.element(z), b = shipped.element(z);
                assertEquals(a.size(), b.size());
                for (int g = 0; g < a.size(); g++) {
                    assertEquals(a.b(g), b.b(g), 0.0);
                    assertEquals(a.beta(g), b.beta(g), 0.0);
                }
            }
        }
        assertEquals(83, DensitySet.standard("NC-SR").numbers().length);
        assertEquals(0.5852767678806401, DensitySet.standard("nc-sr").element(1).b(0), 0.0);
        // H's valence density at its nucleus: Σ B (SPEC.md eq. 1.1 at r = 0)
        assertEquals(0.5852767678806401 + 0.47789355464477734 + 0.23352291964642088,
            DensitySet.standard("NC-SR").element(1).density(0), 1e-15);
    }

    @Test
    void unknownElementNamesTheElementAndTheSet() {
        InputException e = assertThrows(InputException.class, () -> DensitySet.standard("NC-SR").element(94));
        assertEquals("density NC-SR: element: expected one of the elements it defines, found Pu", e.getMessage());
        assertEquals("density: set: expected NC-SR or QE-kjpaw, found 'PBE'",
            assertThrows(InputException.class, () -> DensitySet.standard("PBE")).getMessage());
    }

    static String err(String text) {
        return assertThrows(InputException.class, () -> GpspReader.parse(text, "my.gpsp")).getMessage();
    }

    @Test
    void malformedFilesFailNamingFileAndLine() {
        assertEquals("my.gpsp:2: block: expected a '****' line starting an element, found 'H 1 1'",
            err("# c\nH 1 1\n1.0 2.0\n"));
        assertEquals("my.gpsp:3: element header: expected 'Symbol Z nG', found 'H 1'", err("! 1\n****\nH 1\n"));
        assertEquals("my.gpsp:2: Z: expected an integer, found 'one'", err("****\nH one 1\n1 2\n"));
        assertEquals("my.gpsp:2: element: expected a symbol matching Z = 2, found 'H'", err("****\nH 2 1\n1 2\n"));
        assertEquals("my.gpsp:3: H Gaussian 1: expected 2 reals 'B beta', found '1.0'", err("****\nH 1 1\n1.0\n"));
        assertEquals("my.gpsp:3: B: expected a finite real, found 'x'", err("****\nH 1 1\nx 2\n"));
        assertEquals("my.gpsp:3: beta: expected a positive exponent (1/Å²), found -2", err("****\nH 1 1\n1 -2\n"));
        assertEquals("my.gpsp:3: H Gaussian 2: expected 'B beta', found end of file", err("****\nH 1 2\n1 2\n"));
        assertEquals("my.gpsp: elements: expected at least one element block, found none", err("# empty\n"));
        assertEquals("my.gpsp:2: nG: expected at least 1 Gaussian, found 0", err("****\nH 1 0\n"));
    }

    @Test
    void userFileIsReadAndNamedByItsPath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.gpsp");
        Files.writeString(f, "# mine\n! 2 elements\n****\nX 0 1\n0.0 1.0\n\n****\nO 8 2\n2.0 3.0\n-0.5 1.5\n");
        DensitySet d = DensitySet.named(f.toString());
        assertEquals(f.toString(), d.name());
        assertArrayEquals(new int[] {8}, d.numbers());
        assertEquals(-0.5, d.element(8).b(1), 0.0);
        assertEquals(f + ": element: expected one of the elements it defines, found H",
            assertThrows(InputException.class, () -> d.element(1)).getMessage().replace("density ", ""));
        InputException missing = assertThrows(InputException.class,
            () -> DensitySet.named(dir.resolve("none.gpsp").toString()));
        assertEquals(true, missing.getMessage().startsWith(dir.resolve("none.gpsp") + ": expected a readable"));
    }
}
