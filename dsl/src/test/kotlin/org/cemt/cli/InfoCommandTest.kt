package org.cemt.cli

import org.cemt.testkit.SharedData
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** `cemt info` run in-process: the numbers it prints are those of the data README; bad input is one line, exit 2. */
class InfoCommandTest {
    /** The numbers on the line starting with [prefix]. */
    private fun numbers(out: String, prefix: String): List<Double> {
        val line = out.lines().single { it.startsWith(prefix) }
        return Regex("-?\\d+(\\.\\d+)?").findAll(line.removePrefix(prefix)).map { it.value.toDouble() }.toList()
    }

    @Test
    fun aspirinFramesEnergyAndForcesMatchTheReadme() {
        val r = cemt("info", SharedData.path("data/aspirin-xtb-train.extxyz").toString())
        assertEquals(0, r.code, r.err)
        assertEquals(listOf(2000.0), numbers(r.out, "frames:"))
        assertEquals(listOf(42000.0, 21.0, 21.0), numbers(r.out, "atoms:"))
        assertTrue(r.out.contains("elements: H 16000 (in 2000 frames), C 18000 (in 2000 frames), O 8000 (in 2000 frames)"), r.out)
        val e = numbers(r.out, "energy:")
        assertEquals(-1077.652, e[0], 1e-3) // README: −1077.652 … −1075.649 eV
        assertEquals(-1075.649, e[1], 1e-3)
        assertEquals(2000.0, e[2])
        val perAtom = numbers(r.out, "energy per atom:")
        assertEquals(-1077.652 / 21, perAtom[0], 1e-4)
        val f = numbers(r.out, "forces:")
        assertEquals(9.39, maxOf(-f[0], f[1]), 5e-3) // README: max |component| 9.39 eV/Å
        assertEquals(1.35, f[2], 5e-3) // README: RMS 1.35 eV/Å
        assertTrue(r.out.contains("periodic: \"F F F\" 2000 frames"), r.out)
        assertTrue(r.out.contains("cell: none"), r.out)
        assertEquals("", r.err)
    }

    @Test
    fun periodicCellsAreSummarised() {
        val r = cemt("info", SharedData.path("reference/emt/emt-reference.extxyz").toString())
        assertEquals(0, r.code, r.err)
        assertTrue(r.out.contains("periodic: \"F F F\" 2 frames, \"T T T\" 2 frames, \"T T F\" 1 frame"), r.out)
        val cell = numbers(r.out, "cell:")
        assertEquals(4.0, cell[0]) // frames with a Lattice
        assertEquals(4.05, cell[1], 1e-4) // shortest a: the Al cube
        assertEquals(60.0, cell[7], 1e-4) // smallest α: fcc Cu primitive vectors
        assertEquals(Math.pow(4.05, 3.0), cell[13], 1e-4)
    }

    @Test
    fun malformedFileIsOneLineAndExitCodeTwo(@TempDir dir: Path) {
        val bad = dir.resolve("au6.extxyz")
        Files.writeString(bad, "1\nProperties=species:S:1:pos:R:3:forces:R:3\nAu 0 0 0 1 2\n")
        val r = cemt("info", bad.toString())
        assertEquals(2, r.code)
        assertEquals("cemt: error: $bad:3: forces: expected 3 reals, found 2\n", r.err.replace("\r\n", "\n"))
        assertEquals("", r.out)
        val missing = cemt("info", dir.resolve("none.extxyz").toString())
        assertEquals(2, missing.code)
        assertEquals(1, missing.err.trim().lines().size)
        assertTrue(missing.err.contains("expected an existing file"), missing.err)
    }
}
