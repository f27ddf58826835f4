package org.cemt.cli

import org.cemt.testkit.SharedData
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** `cemt points` in-process: counts against the data README's element and heavy-atom tables; bad sets exit 2. */
class PointsCommandTest {
    private val molecules = SharedData.path("data/molecules-xtb-train.extxyz").toString()

    @Test
    fun heavyAtomCountsMatchTheReadmeHistogram() {
        // README: 958 molecules, 1–9 heavy atoms; C 5318 + N 650 + O 749 + F 178 = 6895; the 479th and 480th
        // smallest counts fall in the 8-heavy-atom bin (cumulative 448 … 715)
        val r = cemt("points", molecules, "--points", "heavy")
        assertEquals(0, r.code, r.err)
        assertEquals("heavy: 958 structures, points per structure min 1, median 8, max 9, total 6895", r.out.trim())
    }

    @Test
    fun atomCountsGoToACsvWithOneRowPerMolecule(@TempDir dir: Path) {
        val csv = dir.resolve("atoms.csv")
        val r = cemt("points", molecules, "--points", "atoms", "--csv", csv.toString())
        assertEquals(0, r.code, r.err)
        assertTrue(r.out.startsWith("atoms: 958 structures, points per structure min 2,"), r.out)
        assertTrue(r.out.contains("max 28, total 16289"), r.out) // README: 2–28 atoms, 16,289 in all
        val lines = Files.readAllLines(csv)
        assertEquals(959, lines.size)
        assertEquals("structure,formula,atoms,points,total_weight", lines[0])
        assertEquals(16289, lines.drop(1).sumOf { it.split(",")[3].toInt() })
    }

    @Test
    fun aBadSetIsOneLineAndExitCodeTwo() {
        val r = cemt("points", molecules, "--points", "atoms+bond")
        assertEquals(2, r.code)
        assertTrue(r.err.lines()[0].contains("--points 'atoms+bond': part 2 'bond': set: expected atoms, heavy"), r.err)
    }
}
