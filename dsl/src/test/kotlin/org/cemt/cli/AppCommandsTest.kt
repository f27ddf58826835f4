package org.cemt.cli

import org.cemt.calc.Emt
import org.cemt.core.Json
import org.cemt.model.CemtEnergy.Want
import org.cemt.model.CemtModel
import org.cemt.structure.Structure
import org.cemt.structure.io.ExtXyz
import org.cemt.testkit.TestModels
import org.cemt.train.Evaluation
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.util.Random
import kotlin.math.abs
import kotlin.math.sqrt

/** `cemt eval`, `cemt md` and `cemt relax` as a user runs them, on a saved fixed-seed model and on EMT. */
class AppCommandsTest {
    private val spec = "model < refPoints = atoms + bondCentres(2.0, smooth = 0.5) ; gmp(orders = [-1, 0, 1, 2], " +
        "sigmas = [0.3, 0.6]) ; snn(8, 4, activation = tanh) >"

    private val water = Structure.molecule(intArrayOf(8, 1, 1), doubleArrayOf(0.0, 0.0, 0.119, 0.0, 0.763, -0.477, 0.0, -0.763, -0.477))

    /** A saved model and water frames labelled by a model of another seed. */
    private fun setup(dir: Path): Triple<Path, Path, CemtModel> {
        val model = TestModels.of(spec, 1, 0.7, 0.5)
        val file = dir.resolve("m.cemt")
        model.save(file)
        val reference = TestModels.of(spec, 2, 0.7, 0.5)
        val r = Random(4)
        val frames = (0 until 5).map {
            val s = water.withPositions(water.positions().map { x -> x + 0.05 * r.nextGaussian() }.toDoubleArray())
            val c = reference.evaluate(s, Want.FORCES)
            s.withEnergyAndForces(c.energy(), c.forces())
        }
        val data = dir.resolve("water.extxyz")
        ExtXyz.write(data, frames)
        return Triple(file, data, model)
    }

    @Test
    fun evalJsonHasTheKeysAndTheDirectValues(@TempDir dir: Path) {
        val (model, data, m) = setup(dir)
        val run = cemt("eval", model.toString(), data.toString(), "--json")
        assertEquals(0, run.code, run.err)
        @Suppress("UNCHECKED_CAST")
        val j = Json.parse(run.out.trim(), "stdout") as Map<String, Any?>
        for (key in listOf("n_structures", "energy_mae", "energy_rmse", "energy_max", "energy_per_atom_mae", "force_mae",
            "force_rmse", "force_max", "featurize_ms_per_structure", "network_ms_per_structure")) {
            assertTrue(j.containsKey(key), key)
        }
        val frames = ExtXyz.read(data)
        val direct = frames.map { abs(m.evaluate(it).energy() - it.energy()) }
        assertEquals(5, (j["n_structures"] as Number).toInt())
        assertEquals(direct.average(), (j["energy_mae"] as Number).toDouble(), 1e-9)
        assertEquals(direct.max(), (j["energy_max"] as Number).toDouble(), 1e-9)
        assertEquals(direct.average() / 3, (j["energy_per_atom_mae"] as Number).toDouble(), 1e-9)
        val report = Evaluation.run(m, frames, "x")
        assertEquals(report.force().rmse(), (j["force_rmse"] as Number).toDouble(), 1e-9)
        assertTrue((j["force_mae"] as Number).toDouble() > 1e-3)
        assertTrue((j["featurize_ms_per_structure"] as Number).toDouble() > 0)
        assertTrue((j["network_ms_per_structure"] as Number).toDouble() > 0)
        val table = cemt("eval", model.toString(), data.toString())
        assertEquals(0, table.code, table.err)
        assertTrue(table.out.contains("energy (eV)") && table.out.contains("force (eV/Å)"), table.out)
    }

    @Test
    fun evalErrorsAreOneLine(@TempDir dir: Path) {
        val (model, data, _) = setup(dir)
        val missing = cemt("eval", dir.resolve("none.cemt").toString(), data.toString())
        assertEquals(2, missing.code)
        assertEquals("cemt: error: ${dir.resolve("none.cemt")}: file not found", missing.err.trim())
        val corrupt = dir.resolve("bad.cemt")
        val bytes = Files.readAllBytes(model)
        bytes[bytes.size / 2] = (bytes[bytes.size / 2] + 1).toByte()
        Files.write(corrupt, bytes)
        val c = cemt("eval", corrupt.toString(), data.toString())
        assertEquals(2, c.code)
        assertTrue(c.err.startsWith("cemt: error: $corrupt: ") && c.err.trim().lines().size == 1, c.err)
        val fe = dir.resolve("fe.extxyz")
        ExtXyz.write(fe, listOf(Structure.molecule(intArrayOf(8, 26), doubleArrayOf(0.0, 0.0, 0.0, 0.0, 0.0, 1.9))
            .toBuilder().energy(-1.0).build()))
        val e = cemt("eval", model.toString(), fe.toString())
        assertEquals(2, e.code)
        assertEquals("cemt: error: $fe: frame 1: atom 2: expected an element of the model [H, C, N, O, Cu, Au], found Fe",
            e.err.trim())
    }

    @Test
    fun mdWithAModelWritesFramesOfTheModelAndReportsDrift(@TempDir dir: Path) {
        val (model, data, m) = setup(dir)
        val traj = dir.resolve("traj.extxyz")
        val run = cemt("md", model.toString(), data.toString(), "--steps", "40", "--dt", "0.1", "--temperature", "500",
            "--every", "10", "--seed", "3", "--out", traj.toString())
        assertEquals(0, run.code, run.err)
        val frames = ExtXyz.read(traj)
        assertEquals(5, frames.size)
        for (s in frames) {
            val c = m.evaluate(s, Want.FORCES)
            assertEquals(c.energy(), s.energy(), 1e-6)
            assertEquals(c.forces()[0], s.forces()[0], 1e-6)
        }
        assertFalse(frames[0].positions().contentEquals(frames[4].positions()), "atoms must move")
        assertEquals(4.0, frames[4].info()["time"]!!.toDouble(), 1e-9, "40 steps of 0.1 fs")
        val drift = Regex("drift (\\S+) eV").find(run.out)!!.groupValues[1].toDouble()
        assertTrue(abs(drift) < 1e-4, run.out)
    }

    @Test
    fun mdWithEmtAndLangevin(@TempDir dir: Path) {
        val start = dir.resolve("cu.extxyz")
        ExtXyz.write(start, listOf(Structure.molecule(intArrayOf(29, 29, 29), doubleArrayOf(0.0, 0.0, 0.0, 2.3, 0.0, 0.0, 1.1, 2.0, 0.0))))
        val traj = dir.resolve("t.extxyz")
        val run = cemt("md", "--calc", "emt", start.toString(), "--steps", "20", "--dt", "1", "--temperature", "300",
            "--thermostat", "langevin", "--every", "5", "--out", traj.toString())
        assertEquals(0, run.code, run.err)
        val frames = ExtXyz.read(traj)
        assertEquals(5, frames.size)
        assertEquals(Emt().calculate(frames[4]).energy(), frames[4].energy(), 1e-9)
        val bad = cemt("md", "--calc", "emt", start.toString(), "--steps", "2", "--dt", "1", "--temperature", "300",
            "--thermostat", "nose", "--out", traj.toString())
        assertEquals(2, bad.code)
        assertEquals("cemt: error: cemt md: --thermostat: expected none or langevin, found nose", bad.err.trim())
        val lj = cemt("md", "--calc", "lj", start.toString(), "--steps", "2", "--dt", "1", "--temperature", "3", "--out", traj.toString())
        assertEquals("cemt: error: cemt md: --calc: expected emt, found lj", lj.err.trim())
    }

    @Test
    fun relaxWithEmtFindsTheDimerMinimumAndWithAModelLowersTheEnergy(@TempDir dir: Path) {
        val start = dir.resolve("cu2.extxyz")
        ExtXyz.write(start, listOf(Structure.molecule(intArrayOf(29, 29), doubleArrayOf(0.0, 0.0, 0.0, 0.0, 0.0, 2.9))))
        val out = dir.resolve("min.extxyz")
        for (opt in listOf("fire", "bfgs")) {
            val run = cemt("relax", "--calc", "emt", start.toString(), "--optimizer", opt, "--fmax", "1e-4", "--out", out.toString())
            assertEquals(0, run.code, run.err)
            assertTrue(run.out.contains("converged"), run.out)
            val s = ExtXyz.read(out)[0]
            val f = Emt().calculate(s).forces()
            assertTrue(sqrt(f.sumOf { it * it }) < 2e-4, "relaxed forces ${f.toList()}")
        }
        val (model, data, m) = setup(dir)
        val run = cemt("relax", model.toString(), data.toString(), "--optimizer", "bfgs", "--fmax", "0.01", "--steps", "300",
            "--out", out.toString(), "--trajectory", dir.resolve("r.extxyz").toString())
        val first = ExtXyz.read(data)[0]
        val relaxed = ExtXyz.read(out)[0]
        assertTrue(relaxed.energy() < m.evaluate(first).energy(), run.out)
        assertTrue(ExtXyz.read(dir.resolve("r.extxyz")).size >= 2)
        val short = cemt("relax", "--calc", "emt", start.toString(), "--steps", "1", "--fmax", "1e-6", "--out", out.toString())
        assertEquals(1, short.code)
        assertTrue(short.out.contains("did not converge"), short.out)
    }
}
