package org.cemt.refpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --points syntax and the spec builders: defaults, round trips, and every error message. */
class RefPointSpecTest {
    @Test
    void parsesEveryPartWithThePapersDefaults() {
        assertEquals(RefPointSpec.atoms(), RefPointSpec.parse("atoms"));
        assertEquals(RefPointSpec.heavy(), RefPointSpec.parse("heavy"));
        assertEquals(2.0, RefPointSpec.parse("bonds").length());
        assertEquals(1.7, RefPointSpec.parse("bonds:1.7").length());
        RefPointSpec g = RefPointSpec.parse("grid");
        assertEquals(0.3, g.length());
        assertEquals(3.0, g.cut());
        assertEquals(RefPointSpec.grid(0.25, 3.0), RefPointSpec.parse("grid:0.25"));
        assertEquals(RefPointSpec.gridAugmented(0.2, 2.5), RefPointSpec.parse("grid-aug:0.2:2.5"));
        assertEquals(0.4, RefPointSpec.parse("grid:0.3:3.0:smooth=0.4").smoothWidth());
        RefPointSpec u = RefPointSpec.parse("atoms + 0.5*bonds:1.8:smooth=0.3");
        assertEquals(RefPointSpec.Kind.UNION, u.kind());
        assertEquals(0.5, u.parts().get(1).factor());
        assertEquals(u, RefPointSpec.parse(u.toString()));
        assertEquals("atoms+0.5*bonds:1.8:smooth=0.3", u.toString());
    }

    @Test
    void readsAPointsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.txt"), "# x y z w [atom]\n0 0 1 0.5\n\n0.1 0 0 2 1\n");
        RefPointSpec s = RefPointSpec.parse("atoms+file:p.txt", dir);
        assertEquals(3 + 2, s.build(Molecules.water()).size());
        // custom points print as what they are, not as a path the CLI would read again
        assertEquals("atoms+custom(2 points from " + dir.resolve("p.txt") + ")", s.toString());
        assertEquals("0.5*custom(1 point from api)", RefPointSpec.custom(CustomPoints.of(new double[] {0, 0, 1},
            new double[] {1}, null)).weighted(0.5).toString());
        assertThrows(InputException.class, () -> RefPointSpec.parse(s.toString(), dir));
        Files.writeString(dir.resolve("bad.txt"), "0 0 1 0.5\n0 0 x 1\n");
        assertEquals("bad.txt:2: z: expected a finite number, found 'x'",
            assertThrows(InputException.class, () -> RefPointSpec.parse("file:bad.txt", dir)).getMessage());
        Files.writeString(dir.resolve("plain.txt"), "0 0 1\n1 0 0\n");
        assertEquals(2.0, RefPointSpec.parse("file:plain.txt", dir).build(Molecules.water()).totalWeight());
        Files.writeString(dir.resolve("short.txt"), "0 0\n");
        assertEquals("short.txt:1: point: expected x y z [weight [atom]], found 2 fields",
            assertThrows(InputException.class, () -> RefPointSpec.parse("file:short.txt", dir)).getMessage());
        // issue 4's --points FILE: a part that is no set name but an existing file reads as file:PATH
        assertEquals(RefPointSpec.parse("file:plain.txt", dir).build(Molecules.water()),
            RefPointSpec.parse("plain.txt", dir).build(Molecules.water()));
        assertEquals(7.0, RefPointSpec.parse("atoms+2*plain.txt", dir).build(Molecules.water()).totalWeight());
        Files.writeString(dir.resolve("empty.txt"), "# no points\n\n");
        assertEquals("empty.txt: points: expected at least one line 'x y z [weight [atom]]', found none",
            assertThrows(InputException.class, () -> RefPointSpec.parse("empty.txt", dir)).getMessage());
        Files.writeString(dir.resolve("far.txt"), "0 0 1 1 7\n");
        assertThrows(InputException.class, () -> RefPointSpec.parse("file:far.txt", dir).build(Molecules.water()));
    }

    @Test
    void errorsNameThePartAndWhatWasExpected() {
        assertEquals("--points 'atoms+bond': part 2 'bond': set: expected " + RefPointSyntax.EXPECTED
            + ", found 'bond'", message("atoms+bond"));
        assertEquals("--points 'grid:0.3:x': part 1 'grid:0.3:x': cut: expected a number, found 'x'",
            message("grid:0.3:x"));
        assertEquals("--points 'grid:-0.3': part 1 'grid:-0.3': reference points grid:0.3:3.0: spacing: "
            + "expected a finite length > 0 Å, found -0.3", message("grid:-0.3"));
        assertEquals("--points 'bonds:1:2': part 1 'bonds:1:2': arguments: expected at most 1, found 2",
            message("bonds:1:2"));
        assertEquals("--points 'atoms:smooth=0.2': part 1 'atoms:smooth=0.2': smooth: expected a bonds or grid "
            + "part, found atoms", message("atoms:smooth=0.2"));
        assertEquals("--points 'bonds:1.0:smooth=1.5': part 1 'bonds:1.0:smooth=1.5': reference points bonds:1.0:smooth=1.5:"
            + " smooth: expected a width below 1.0 Å, found 1.5", message("bonds:1.0:smooth=1.5"));
        assertEquals("--points 'atoms+': part 2 '': set: expected " + RefPointSyntax.EXPECTED + ", found ''",
            message("atoms+"));
        assertEquals("--points 'file:nope.txt': part 1 'file:nope.txt': file: expected an existing points file, "
            + "found nope.txt", message("file:nope.txt"));
        assertEquals("--points '0*atoms': part 1 '0*atoms': reference points atoms: weight factor: expected a "
            + "finite number > 0, found 0.0", message("0*atoms"));
        assertEquals("--points: set: expected " + RefPointSyntax.EXPECTED + ", found nothing", message(" "));
    }

    @Test
    void buildersRefuseSettingsOfOtherKinds() {
        assertEquals("reference points atoms: spacing: expected a grid part, found atoms",
            assertThrows(InputException.class, () -> RefPointSpec.atoms().withSpacing(0.2)).getMessage());
        assertEquals("reference points heavy: element: expected a chemical symbol H..Pu, found 'Xx'",
            assertThrows(InputException.class, () -> RefPointSpec.heavy().withLightElements("Xx")).getMessage());
        assertEquals("reference points bonds:2.0: pair cutoff C-H: expected a finite length > 0 Å, found NaN",
            assertThrows(InputException.class, () -> RefPointSpec.bonds().withPairCutoff("C", "H", Double.NaN))
                .getMessage());
    }

    private static String message(String text) {
        return assertThrows(InputException.class, () -> RefPointSpec.parse(text)).getMessage();
    }
}
