package org.cemt.cli

import org.cemt.calc.Emt
import org.cemt.structure.io.ExtXyz
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** `cemt generate`, `cemt emt` and `cemt demo` as a user runs them: files written, exit codes, one-line errors. */
class EmtCommandsTest {
    @Test
    fun generateWritesFramesWithEmtEnergyAndForces(@TempDir dir: Path) {
        val file = dir.resolve("ptau.extxyz")
        val run = cemt("generate", "ptau", "--frames", "5", "--interval", "10", "--seed", "3", "--out", file.toString())
        assertEquals(0, run.code, run.err)
        assertTrue(run.out.startsWith("wrote 5 frames of ptau"), run.out)
        val frames = ExtXyz.read(file)
        assertEquals(5, frames.size)
        val emt = Emt()
        for (s in frames) {
            assertEquals("Pt8Au2", s.formula())
            assertEquals(emt.calculate(s).energy(), s.energy(), 1e-9)
        }
    }

    @Test
    fun emtAddsEnergyAndForces(@TempDir dir: Path) {
        val plain = dir.resolve("in.extxyz")
        Files.writeString(plain, "2\nProperties=species:S:1:pos:R:3 pbc=\"F F F\"\nCu 0 0 0\nCu 2.5 0 0\n")
        val out = dir.resolve("out.extxyz")
        val run = cemt("emt", plain.toString(), "--out", out.toString())
        assertEquals(0, run.code, run.err)
        val s = ExtXyz.read(out).single()
        val c = Emt().calculate(s)
        assertEquals(c.energy(), s.energy(), 1e-12)
        assertEquals(c.force(0, 0), s.forces()[0], 1e-12)
        assertTrue(Math.abs(s.forces()[0]) > 0.01)
    }

    @Test
    fun badInputEndsWithOneLineAndExitCodeTwo(@TempDir dir: Path) {
        val run = cemt("generate", "au7", "--out", dir.resolve("x.extxyz").toString())
        assertEquals(2, run.code)
        assertEquals("cemt: error: generate: data set: expected au6, ptau, molecules, md or alloys, found 'au7'", run.err.trim())
        val fe = dir.resolve("fe.extxyz")
        Files.writeString(fe, "1\nProperties=species:S:1:pos:R:3\nFe 0 0 0\n")
        val out = dir.resolve("fe-out.extxyz")
        val bad = cemt("emt", fe.toString(), "--out", out.toString())
        assertEquals(2, bad.code)
        assertEquals("cemt: error: EMT: atom 0: expected one of Al Cu Ag Au Ni Pd Pt H C N O, found Fe", bad.err.trim())
        assertFalse(Files.exists(out), "no partial output")
    }

    @Test
    fun demoReusesAValidDataSetAndRegeneratesABrokenOne(@TempDir dir: Path) {
        val data = dir.resolve("data")
        Files.createDirectories(data)
        val file = data.resolve("au6.extxyz")
        Files.writeString(file, "6\nProperties=species:S:1:pos:R:3\nAu 0 0 0\n")
        // a broken cache is replaced by the full 2,500-frame set (a few seconds)
        val first = cemt("demo", "--data", data.toString(), "--no-train")
        assertEquals(0, first.code, first.err)
        assertTrue(first.err.contains("not a valid data set"), first.err)
        assertTrue(first.out.contains("frames: 2500 of 6 atoms"), first.out)
        val again = cemt("demo", "--data", data.toString(), "--epochs", "1")
        assertTrue(again.out.startsWith("reusing"), again.out)
        assertTrue(again.out.contains("force RMS"), again.out)
        assertTrue(again.out.contains("test (never seen):") && again.out.contains("force, eV/Å"), again.out)
    }
}
