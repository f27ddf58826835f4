package org.cemt.cli

import org.cemt.calc.Emt
import org.cemt.md.generate.Alloys
import org.cemt.structure.io.ExtXyz
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** `cemt generate alloys|md|molecules` as a user runs them; the xtb pipelines themselves are tested in runtime. */
class GenerateCommandsTest {
    @Test
    fun alloysAreWrittenReproduciblyWithFormationEnergies(@TempDir dir: Path) {
        val a = dir.resolve("a.extxyz")
        val b = dir.resolve("b.extxyz")
        val run = cemt("generate", "alloys", "--count", "6", "--seed", "9", "--out", a.toString())
        assertEquals(0, run.code, run.err)
        assertTrue(run.out.startsWith("wrote 6 alloy cells (seed 9)"), run.out)
        assertEquals(0, cemt("generate", "alloys", "--count", "6", "--seed", "9", "--out", b.toString()).code)
        assertEquals(Files.readString(a), Files.readString(b))
        val frames = ExtXyz.read(a)
        assertEquals(6, frames.size)
        for ((k, s) in frames.withIndex()) {
            val expected = Alloys.frame(9, k)
            assertEquals(expected.energy(), s.energy(), 1e-8)
            assertEquals(expected.info()["formation_energy"]!!.toDouble(), s.info()["formation_energy"]!!.toDouble(), 1e-9)
            assertTrue(s.hasStress())
        }
    }

    @Test
    fun mdWithEmtWritesFramesEveryIntervalWithEmtLabels(@TempDir dir: Path) {
        val start = dir.resolve("cu4.xyz")
        Files.writeString(start, "4\ncluster\nCu 0 0 0\nCu 2.5 0 0\nCu 0 2.5 0\nCu 0 0 2.5\n")
        val out = dir.resolve("md.extxyz")
        val run = cemt("generate", "md", start.toString(), "--calc", "emt", "--temperature", "500", "--dt", "1",
            "--every", "5", "--frames", "4", "--out", out.toString())
        assertEquals(0, run.code, run.err)
        val frames = ExtXyz.read(out)
        assertEquals(4, frames.size)
        assertEquals(listOf("0.00", "5.00", "10.00", "15.00"), frames.map { it.info()["time_fs"] })
        val emt = Emt()
        for (s in frames) {
            val c = emt.calculate(s)
            assertEquals(c.energy(), s.energy(), 1e-9)
            assertArrayEquals(c.forces(), s.forces(), 1e-9)
        }
        assertFalse(frames[0].positions().contentEquals(frames[3].positions()), "atoms moved")
    }

    @Test
    fun badOptionsEndAsOneLine(@TempDir dir: Path) {
        val out = dir.resolve("x.extxyz").toString()
        val calc = cemt("generate", "md", "--calc", "dft", "--out", out)
        assertEquals(2, calc.code)
        assertEquals("cemt: error: generate md: --calc: expected xtb or emt, found 'dft'", calc.err.trim())
        val dt = cemt("generate", "md", "--calc", "emt", "--dt", "-1", "--out", out)
        assertEquals("cemt: error: generate: timestep: expected a positive number of fs, found -1.0", dt.err.trim())
        val count = cemt("generate", "molecules", "--count", "0", "--out", out)
        assertEquals(2, count.code)
        assertEquals("cemt: error: generate molecules: count: expected at least 1, found 0", count.err.trim())
        val workers = cemt("generate", "molecules", "--workers", "0", "--out", out)
        assertEquals("cemt: error: generate molecules: --workers: expected at least 1, found 0", workers.err.trim())
        val alloys = cemt("generate", "alloys", "--count", "-3", "--out", out)
        assertEquals("cemt: error: generate alloys: count: expected at least 1, found -3", alloys.err.trim())
        val none = cemt("generate", "--out", out)
        assertEquals("cemt: error: generate: data set: expected au6, ptau, molecules, md or alloys, found none",
            none.err.trim())
        assertFalse(Files.exists(dir.resolve("x.extxyz")), "no partial output")
    }

    @Test
    fun missingProgramFailsWithTheInstallLineAndNoFile(@TempDir dir: Path) {
        val out = dir.resolve("m.extxyz")
        val start = dir.resolve("h2o.xyz")
        Files.writeString(start, "3\nwater\nO 0.01 0.02 0.1\nH 0.03 0.76 -0.5\nH 0 -0.76 -0.52\n")
        val run = cemt("generate", "md", start.toString(), "--xtb", "/nonexistent/xtb", "--frames", "2", "--out",
            out.toString())
        assertEquals(1, run.code)
        assertTrue(run.err.trim().startsWith("cemt: error: computation failed: xtb: program: expected the GFN2-xTB "
            + "program '/nonexistent/xtb' (install: apt-get install xtb), found none"), run.err)
        assertFalse(Files.exists(out))
    }
}
