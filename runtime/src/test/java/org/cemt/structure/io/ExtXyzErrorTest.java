package org.cemt.structure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input is refused with {@code file:line: field: expected …, found …}, naming the right line. */
class ExtXyzErrorTest {
    private static final String PF = "Properties=species:S:1:pos:R:3:forces:R:3";

    private static String error(String text) {
        return assertThrows(InputException.class, () -> ExtXyz.parse(text, "t.extxyz")).getMessage();
    }

    @Test
    void badAtomCountLine() {
        assertEquals("t.extxyz:1: atom count: expected a non-negative integer, found 'abc'", error("abc\n\n"));
        assertEquals("t.extxyz:1: atom count: expected a non-negative integer, found '-1'", error("-1\n\n"));
        assertEquals("t.extxyz:4: atom count: expected a non-negative integer, found '1 2'",
            error("1\n\nH 0 0 0\n1 2\n\n"));
    }

    @Test
    void endOfFileInsideAFrame() {
        assertEquals("t.extxyz:2: comment line: expected a comment line after the atom count, found end of file",
            error("2\n"));
        assertEquals("t.extxyz:4: atom 2 of 2: expected an atom line, found end of file", error("2\n\nH 0 0 0\n"));
        // a corrupt count does not allocate a billion atoms before finding out
        assertEquals("t.extxyz:4: atom 2 of 999999999: expected an atom line, found end of file",
            error("999999999\n\nH 0 0 0\n"));
        assertEquals("t.extxyz:7: atom 2 of 2: expected an atom line, found end of file",
            error("1\n\nH 0 0 0\n2\n\nH 0 0 0\n"));
    }

    @Test
    void nonNumericAndNonFiniteCoordinates() {
        assertEquals("t.extxyz:3: pos: expected finite reals, found 'x'", error("1\n\nH 0 x 0\n"));
        assertEquals("t.extxyz:3: pos: expected finite reals, found 'NaN'", error("1\n\nH 0 0 NaN\n"));
        assertEquals("t.extxyz:3: pos: expected finite reals, found 'inf'", error("1\n\nH inf 0 0\n"));
        assertEquals("t.extxyz:3: pos: expected finite reals, found 'Infinity'", error("1\n\nH Infinity 0 0\n"));
        assertEquals("t.extxyz:3: pos: expected finite reals, found '1e999'", error("1\n\nH 1e999 0 0\n"));
        assertEquals("t.extxyz:3: pos: expected finite reals, found '1f'", error("1\n\nH 1f 0 0\n"));
        assertEquals("t.extxyz:4: forces: expected finite reals, found 'nan'",
            error("2\n" + PF + "\nH 0 0 0 0 0 0\nH 1 0 0 0 nan 0\n"));
    }

    @Test
    void unknownElement() {
        assertEquals("t.extxyz:3: species: expected a chemical symbol H..Pu or an atomic number 1..94, found 'Xx'",
            error("1\n\nXx 0 0 0\n"));
        assertEquals("t.extxyz:3: species: expected a chemical symbol H..Pu or an atomic number 1..94, found 'au'",
            error("1\n\nau 0 0 0\n"));
        assertEquals("t.extxyz:3: species: expected a chemical symbol H..Pu or an atomic number 1..94, found '95'",
            error("1\n\n95 0 0 0\n"));
        assertEquals("t.extxyz:3: Z: expected an atomic number 1..94, found 'H'",
            error("1\nProperties=Z:I:1:pos:R:3\nH 0 0 0\n"));
        assertEquals("t.extxyz:4: Z: expected 6 (species C), found 7",
            error("2\nProperties=species:S:1:pos:R:3:Z:I:1\nH 0 0 0 1\nC 1 0 0 7\n"));
    }

    @Test
    void badLattice() {
        assertEquals("t.extxyz:2: Lattice: expected 9 finite reals, found 8 values in '1 0 0 0 1 0 0 0'",
            error("1\nLattice=\"1 0 0 0 1 0 0 0\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Lattice: expected 9 finite reals, found 'a' in '1 0 0 0 1 0 0 0 a'",
            error("1\nLattice=\"1 0 0 0 1 0 0 0 a\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: cell: volume: expected non-zero for a periodic cell, found 0.0",
            error("1\nLattice=\"1 0 0 2 0 0 0 0 1\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: cell: lattice vector 1: expected non-zero for a periodic direction, found a zero "
            + "vector", error("1\npbc=\"T F F\"\nH 0 0 0\n"));
    }

    @Test
    void columnsThatDoNotMatchProperties() {
        assertEquals("t.extxyz:3: forces: expected 3 reals, found 2", error("1\n" + PF + "\nH 0 0 0 1 2\n"));
        assertEquals("t.extxyz:3: forces: expected 3 reals, found 0", error("1\n" + PF + "\nH 0 0 0\n"));
        assertEquals("t.extxyz:3: pos: expected 3 reals, found 1", error("1\n\nH 0\n"));
        assertEquals("t.extxyz:3: atom line: expected 7 columns (Properties=species:S:1:pos:R:3:forces:R:3), "
            + "found 8", error("1\n" + PF + "\nH 0 0 0 1 2 3 4\n"));
        assertEquals("t.extxyz:3: tag: expected integers, found '1.5'",
            error("1\nProperties=species:S:1:pos:R:3:tag:I:1\nH 0 0 0 1.5\n"));
        assertEquals("t.extxyz:3: fixed: expected logicals T or F, found 'yes'",
            error("1\nProperties=species:S:1:pos:R:3:fixed:L:1\nH 0 0 0 yes\n"));
        assertEquals("t.extxyz:3: name: expected 2 strings, found 1",
            error("1\nProperties=species:S:1:pos:R:3:name:S:2\nH 0 0 0 a\n"));
    }

    @Test
    void malformedProperties() {
        assertEquals("t.extxyz:2: Properties: expected name:type:width triples, found 'species:S:1:pos:R'",
            error("1\nProperties=species:S:1:pos:R\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected type S, R, I or L for column pos, found 'X'",
            error("1\nProperties=species:S:1:pos:X:3\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected a positive width for column pos, found '0'",
            error("1\nProperties=species:S:1:pos:R:0\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected a positive width for column pos, found 'three'",
            error("1\nProperties=species:S:1:pos:R:three\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected distinct non-empty column names, found 'pos' in "
            + "'species:S:1:pos:R:3:pos:R:3'", error("1\nProperties=species:S:1:pos:R:3:pos:R:3\nH 0 0 0 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected a pos:R:3 column, found 'species:S:1:xyz:R:3'",
            error("1\nProperties=species:S:1:xyz:R:3\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: Properties: expected a species:S:1 or Z:I:1 column, found 'pos:R:3'",
            error("1\nProperties=pos:R:3\n0 0 0\n"));
    }

    @Test
    void badPbcEnergyStressAndQuotes() {
        assertEquals("t.extxyz:2: pbc: expected 3 flags T or F, found 'T T'", error("1\npbc=\"T T\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: pbc: expected 3 flags T or F, found 'T X F'",
            error("1\npbc=\"T X F\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: energy: expected 1 finite real, found 'abc' in 'abc'",
            error("1\nenergy=abc\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: energy: expected 1 finite real, found 'nan' in 'nan'",
            error("1\nenergy=nan\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: stress: expected 6 or 9 finite reals, found 5 values in '1 2 3 4 5'",
            error("1\nstress=\"1 2 3 4 5\"\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: note: expected a closing '\"', found end of line",
            error("1\nnote=\"unfinished\nH 0 0 0\n"));
        assertEquals("t.extxyz:2: comment line: expected key=value pairs, found '=' without a key at column 6",
            error("1\na =b =c\nH 0 0 0\n"));
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        Path f = dir.resolve("none.extxyz");
        assertEquals(f + ": file: expected an existing file, found none",
            assertThrows(InputException.class, () -> ExtXyz.read(f)).getMessage());
    }
}
