package org.cemt.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionFileTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path f = dir.resolve("m.cemt");
        SectionFile.create("model", 1).putText("spec", "model < snn(8) >")
            .putDoubles("weights", new double[] {Math.PI, -0.0, Double.MIN_VALUE, 1e300}).write(f);
        return f;
    }

    @Test
    void roundTripIsBitExact() {
        SectionFile r = SectionFile.read(sample(), "model", 1);
        assertEquals("model < snn(8) >", r.text("spec", "m"));
        double[] w = r.doubles("weights", "m");
        assertArrayEquals(new double[] {Math.PI, -0.0, Double.MIN_VALUE, 1e300}, w);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(w[1]));
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        Path f = sample();
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 11));
        InputException e = assertThrows(InputException.class, () -> SectionFile.read(f, "model", 1));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt or truncated"), e.getMessage());
    }

    @Test
    void flippedByteFailsTheChecksum() throws IOException {
        Path f = sample();
        byte[] b = Files.readAllBytes(f);
        b[b.length - 20] ^= 1;
        Files.write(f, b);
        InputException e = assertThrows(InputException.class, () -> SectionFile.read(f, "model", 1));
        assertEquals(f + ": checksum: expected an intact file, found a corrupt or truncated file", e.getMessage());
    }

    @Test
    void newerVersionAndOtherKindsAreNamed() {
        Path f = dir.resolve("v9.cemt");
        SectionFile.create("model", 9).write(f);
        assertEquals(f + ": format version: expected ≤ 1 (written by a newer cemt; upgrade to read it), found 9",
            assertThrows(InputException.class, () -> SectionFile.read(f, "model", 1)).getMessage());
        assertEquals(f + ": kind: expected a cemt checkpoint file, found a model file",
            assertThrows(InputException.class, () -> SectionFile.read(f, "checkpoint", 9)).getMessage());
    }

    @Test
    void foreignFileIsRefused() throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "hello world, not a model");
        assertEquals(f + ": header: expected a cemt model file, found another kind of file",
            assertThrows(InputException.class, () -> SectionFile.read(f, "model", 1)).getMessage());
    }
}
