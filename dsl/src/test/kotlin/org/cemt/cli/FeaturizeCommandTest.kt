package org.cemt.cli

import org.cemt.core.Json
import org.cemt.gmp.Featurizer
import org.cemt.gmp.GmpSpec
import org.cemt.refpoint.RefPointSpec
import org.cemt.structure.Structure
import org.cemt.testkit.SharedData
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/**
 * `cemt featurize` in-process: the reference water (gmp-reference.json, setting grid21) at its atoms and at its
 * stored off-atom points reproduces the stored features; layout, derivative rows, MCSH groups; named point sets
 * (bond centres at the midpoints with weight 1 and the featurizer's values there, grid weights summing to the
 * set's total weight); bad input is one line, exit 2, and no output file.
 */
class FeaturizeCommandTest {
    @Suppress("UNCHECKED_CAST")
    private fun reference(setting: String, index: Int): Map<String, Any> {
        val root = Json.parse(Files.readString(SharedData.path("reference/gmp/gmp-reference.json")), "ref") as Map<String, Any>
        val s = root[setting] as Map<String, Any>
        return (s["structures"] as List<Any>)[index] as Map<String, Any>
    }

    @Suppress("UNCHECKED_CAST")
    private fun rows(v: Any?): List<List<Double>> = (v as List<Any>).map { r -> (r as List<Any>).map { it as Double } }

    private fun waterFile(dir: Path, frames: Int): Path {
        @Suppress("UNCHECKED_CAST")
        val pos = rows(reference("grid21", 0)["positions"])
        val sym = listOf("O", "H", "H")
        val text = buildString {
            repeat(frames) {
                append("3\nProperties=species:S:1:pos:R:3 pbc=\"F F F\"\n")
                for (i in 0 until 3) append("${sym[i]} ${pos[i][0]} ${pos[i][1]} ${pos[i][2]}\n")
            }
        }
        return dir.resolve("water.extxyz").also { Files.writeString(it, text) }
    }

    private fun assertFeatures(expected: List<List<Double>>, actual: List<List<Double>>) {
        assertEquals(expected.size, actual.size)
        for (i in expected.indices) for (f in expected[i].indices) {
            val r = expected[i][f]
            assertTrue(Math.abs(actual[i][f] - r) <= 1e-8 * Math.abs(r) + 1e-12, "point $i feature $f")
        }
    }

    @Test
    @Suppress("UNCHECKED_CAST")
    fun waterFeaturesAndDerivativesMatchTheReference(@TempDir dir: Path) {
        val out = dir.resolve("out.json")
        val r = cemt("featurize", waterFile(dir, 2).toString(), "--orders", "-1,0,1,2,3", "--sigmas", "0.1,0.2,0.3,0.4,0.5",
            "--derivatives", "--threads", "2", "--timing", "--out", out.toString())
        assertEquals(0, r.code, r.err)
        assertTrue(r.err.contains("µs per point·feature"), r.err)
        val json = Json.parse(Files.readString(out), "out") as Map<String, Any>
        val list = rows(json["feature_list"])
        assertEquals(21, list.size)
        assertEquals(listOf(-1.0, 0.0), list[0])
        assertEquals(listOf(3.0, 0.5), list[20])
        val frames = json["frames"] as List<Map<String, Any>>
        assertEquals(2, frames.size)
        val ref = reference("grid21", 0)
        for (frame in frames) assertFeatures(rows(ref["features"]), rows(frame["features"]))
        assertEquals(rows(ref["positions"]), rows(frames[0]["points"])) // atoms: the points are the positions, bit for bit
        assertEquals(listOf(1.0, 1.0, 1.0), frames[0]["weights"])
        // atoms: bit-identical to the featurizer at the atoms (what --points atoms wrote before named sets)
        val atAtoms = Featurizer.of(GmpSpec.builder().orders(-1, 0, 1, 2, 3).sigmas(0.1, 0.2, 0.3, 0.4, 0.5).build())
            .computeAtAtoms(water()).values()
        assertEquals(atAtoms.toList(), rows(frames[0]["features"]).flatten())
        // derivative rows [point, feature, atom, axis, value] against the stored ones, 1e-7
        val mine = HashMap<List<Int>, Double>()
        for (row in rows(frames[0]["derivatives"])) mine[row.subList(0, 4).map { it.toInt() }] = row[4]
        val stored = rows(ref["derivatives"])
        assertTrue(stored.size > 100)
        for (row in stored) {
            assertEquals(row[4], mine[row.subList(0, 4).map { it.toInt() }] ?: 0.0, 1e-7)
        }
    }

    @Test
    @Suppress("UNCHECKED_CAST")
    fun pointsFileAndGroupsAreWritten(@TempDir dir: Path) {
        val ref = reference("grid21", 1)
        val pts = dir.resolve("points.txt")
        Files.writeString(pts, "# x y z\n" + rows(ref["reference_points"]).joinToString("\n") { it.joinToString(" ") } + "\n")
        val out = dir.resolve("out.json")
        assertEquals(0, cemt("featurize", waterFile(dir, 1).toString(), "--orders", "-1,0,1,2,3", "--sigmas",
            "0.1,0.2,0.3,0.4,0.5", "--points", pts.toString(), "--out", out.toString()).code)
        val frame = ((Json.parse(Files.readString(out), "out") as Map<String, Any>)["frames"] as List<Map<String, Any>>)[0]
        assertFeatures(rows(ref["features"]), rows(frame["features"]))
        assertFalse(frame.containsKey("derivatives"))
        val groups = dir.resolve("groups.json")
        assertEquals(0, cemt("featurize", waterFile(dir, 1).toString(), "--orders", "0,1,2,3", "--sigmas", "0.3",
            "--probes", "MCSH", "--out", groups.toString()).code)
        val fl = (Json.parse(Files.readString(groups), "g") as Map<String, Any>)["feature_list"] as List<List<Any>>
        assertEquals(listOf("000", "100", "200", "110", "300", "210", "111"), fl.map { it[2] })
    }

    private fun water(): Structure {
        val pos = rows(reference("grid21", 0)["positions"])
        return Structure.molecule(intArrayOf(8, 1, 1), pos.flatten().toDoubleArray())
    }

    @Suppress("UNCHECKED_CAST")
    private fun frame(file: Path): Map<String, Any> =
        ((Json.parse(Files.readString(file), "out") as Map<String, Any>)["frames"] as List<Map<String, Any>>)[0]

    @Test
    fun bondCentresAreTheMidpointsWithWeightOneAndTheFeaturizersValues(@TempDir dir: Path) {
        val out = dir.resolve("bonds.json")
        val r = cemt("featurize", waterFile(dir, 1).toString(), "--orders", "-1,0,1,2", "--sigmas", "0.2,0.5",
            "--points", "bonds", "--derivatives", "--out", out.toString())
        assertEquals(0, r.code, r.err)
        val frame = frame(out)
        val points = rows(frame["points"])
        assertEquals(3, points.size) // O–H, O–H and H···H (1.5 Å) are all below 2.0 Å
        assertEquals(listOf(1.0, 1.0, 1.0), frame["weights"])
        val s = water()
        val midpoints = listOf(0 to 1, 0 to 2, 1 to 2).map { (i, j) -> List(3) { 0.5 * (s.position(i, it) + s.position(j, it)) } }
        val featurizer = Featurizer.of(GmpSpec.builder().orders(-1, 0, 1, 2).sigmas(0.2, 0.5).build())
        val features = rows(frame["features"])
        for ((i, p) in points.withIndex()) {
            val mid = midpoints.single { q -> (0 until 3).all { Math.abs(q[it] - p[it]) < 1e-12 } }
            val expected = featurizer.compute(s, mid.toDoubleArray()).values()
            assertEquals(expected.size, features[i].size)
            for (f in expected.indices) assertEquals(expected[f], features[i][f], 1e-12 * Math.abs(expected[f]), "point $i feature $f")
        }
        assertTrue(rows(frame["derivatives"]).size > 3 * features[0].size)
    }

    @Test
    fun gridWeightsSumToTheSetsTotalWeight(@TempDir dir: Path) {
        val out = dir.resolve("grid.json")
        val r = cemt("featurize", waterFile(dir, 1).toString(), "--orders", "0,1", "--sigmas", "0.4",
            "--points", "grid:0.4:2.0", "--out", out.toString())
        assertEquals(0, r.code, r.err)
        val frame = frame(out)
        val set = RefPointSpec.grid(0.4, 2.0).build(water())
        @Suppress("UNCHECKED_CAST")
        val weights = (frame["weights"] as List<Double>)
        assertEquals(set.size(), weights.size)
        assertEquals(set.size(), rows(frame["points"]).size)
        assertEquals(set.size(), rows(frame["features"]).size)
        assertTrue(set.size() > 100, "grid points: ${set.size()}")
        assertEquals(set.totalWeight(), weights.sum(), 1e-12 * set.totalWeight())
        for (w in weights) assertEquals(0.4 * 0.4 * 0.4, w, 1e-15) // a molecule's voxel: h³
        // a union of a named set and a points file with weights, each part in order
        val pts = dir.resolve("p.txt").also { Files.writeString(it, "0 0 3 0.25\n") }
        val union = dir.resolve("union.json")
        assertEquals(0, cemt("featurize", waterFile(dir, 1).toString(), "--orders", "0", "--sigmas", "0.4",
            "--points", "atoms+2*$pts", "--out", union.toString()).code)
        assertEquals(listOf(1.0, 1.0, 1.0, 0.5), frame(union)["weights"])
    }

    @Test
    fun badInputIsOneLineAndLeavesNoFile(@TempDir dir: Path) {
        val water = waterFile(dir, 1).toString()
        val out = dir.resolve("out.json")
        fun fails(expected: String, vararg extra: String) {
            val r = cemt("featurize", water, "--out", out.toString(), *extra)
            assertEquals(2, r.code, r.err)
            assertEquals("cemt: error: $expected", r.err.trim())
            assertFalse(Files.exists(out))
        }
        fails("gmp spec: sigmas: expected finite sigmas > 0 (Å), found -0.1", "--orders", "0,1", "--sigmas", "0.2,-0.1")
        fails("gmp spec: orders: expected orders in -1..9, found 12", "--orders", "0,12", "--sigmas", "0.2")
        fails("gmp spec: probes: expected solid or mcsh, found 'cubic'", "--orders", "0", "--sigmas", "0.2", "--probes", "cubic")
        // --points: RefPointSpec's message, then where to look
        fun badPoints(expected: String, points: String) =
            fails("$expected (see 'cemt featurize --help')", "--orders", "0", "--sigmas", "0.2", "--points", points)
        val empty = dir.resolve("empty.txt").also { Files.writeString(it, "# nothing\n") }
        badPoints("empty.txt: points: expected at least one line 'x y z [weight [atom]]', found none", empty.toString())
        val bad = dir.resolve("bad.txt").also { Files.writeString(it, "1 2 3\n4 five 6\n") }
        badPoints("bad.txt:2: y: expected a finite number, found 'five'", bad.toString())
        val expected = "atoms, heavy, bonds[:CUTOFF], grid[:SPACING[:CUT]], grid-aug[:SPACING[:CUT]], file:PATH or " +
            "an existing points file, optionally FACTOR* before and :smooth=WIDTH after"
        badPoints("--points 'grdi:0.3': part 1 'grdi:0.3': set: expected $expected, found 'grdi'", "grdi:0.3")
        val nope = dir.resolve("nope.txt").toString()
        badPoints("--points '$nope': part 1 '$nope': set: expected $expected, found '$nope'", nope)
        badPoints("--points 'atoms+bonds:-1': part 2 'bonds:-1': reference points bonds:2.0: cutoff: expected a finite " +
            "length > 0 Å, found -1.0", "atoms+bonds:-1")
        val gpsp = dir.resolve("h.gpsp").also { Files.writeString(it, "****\nH 1 1\n1.0 2.0\n") }
        fails("density $gpsp: element: expected one of the elements it defines, found O", "--orders", "0", "--sigmas", "0.2",
            "--density", gpsp.toString())
    }
}
