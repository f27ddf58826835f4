package org.cemt.dsl

import java.io.PrintWriter
import java.io.StringWriter
import java.nio.file.Path
import org.cemt.cli.Main
import org.cemt.core.InputException
import org.cemt.structure.Structure
import org.cemt.structure.io.ExtXyz
import org.cemt.testkit.SharedData
import org.cemt.train.Split
import org.cemt.train.TrainingSpec
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** Data, training and evaluation wrappers fill the Java builders and return the runtime's results. */
class TrainDslTest {
    private val molecules: List<Structure> by lazy {
        readExtxyz(SharedData.path("data/molecules-xtb-train.extxyz")).take(24).withoutForces()
    }

    private val tiny = model {
        refPoints = atoms
        gmp(sigmas = listOf(0.5, 1.0), orders = -1..1)
        snn(8)
    }

    @Test
    fun trainingSpecsEqualTheJavaBuilders() {
        assertEquals(TrainingSpec.builder().build(), trainingSpec { })
        val dsl = trainingSpec {
            epochs = 3
            lr = 1e-2
            forces(0.5)
            batchSize = 4
            optimizer = TrainingSpec.Optimizer.ADAMW
            stepDecay(10, 0.7)
            validation = 0.2
            seed = 9
            threads = 1
        }
        val java = TrainingSpec.builder().epochs(3).learningRate(1e-2).forceCoefficient(0.5).batchSize(4)
            .optimizer(TrainingSpec.Optimizer.ADAMW).stepDecay(10, 0.7).validationFraction(0.2).seed(9).threads(1)
            .build()
        assertEquals(java, dsl)
        assertEquals(0.0, trainingSpec { energyOnly() }.forceCoefficient())
        val e = assertThrows(InputException::class.java) { trainingSpec { epochs = 0 } }
        assertEquals("training: epochs: expected an integer ≥ 1, found 0", e.message)
    }

    @Test
    fun splitUsesTheRuntimesFractions() {
        val parts = split(molecules) { test = 0.25; validation = 0.0; seed = 4 }
        val s = Split.fractions(24, 0.0, 0.25, Split.Kind.RANDOM, 4)
        assertEquals(s.test().map { molecules[it] }, parts.test)
        assertEquals(18, parts.train.size)
        assertEquals(6, parts.test.size)
        assertEquals(setOf<Structure>(), parts.train.toSet().intersect(parts.test.toSet()))
    }

    @Test
    fun trainEvaluateAndTheLearningCurveRunOnMolecules() {
        val parts = split(molecules) { test = 0.25; validation = 0.0; seed = 1 }
        var epochs = 0
        val result = train(parts.train, tiny) {
            this.epochs = 4
            energyOnly()
            lr = 1e-2
            batchSize = 6
            threads = 1
            onEpoch { epochs++ }
        }
        assertEquals(4, epochs)
        assertEquals(tiny, result.model().spec())
        val report = evaluate(result.model(), parts.test)
        assertEquals(6, report.structures())
        // the per-element bias alone puts energies within ~1 % of total energies of -100 to -900 eV
        assertTrue(report.energy().mae() < 10.0, "energy MAE ${report.energy().mae()} eV")
        val curve = learningCurve(molecules, tiny, listOf(6, 12)) { this.epochs = 2; energyOnly(); threads = 1 }
        assertEquals(listOf(6, 12), curve.map { it.size() })
        assertEquals(12, curve[0].test().structures())
    }

    @Test
    fun trainCommandPrintsTheModelsTextFormBack(@TempDir dir: Path) {
        val file = dir.resolve("m.extxyz")
        ExtXyz.write(file, molecules.take(12))
        val text = "model < refPoints = atoms + bondCentres(2.0) ; gmp(sigmas = [0.5], orders = [-1, 0]) ; snn(4) >"
        val out = StringWriter()
        val err = StringWriter()
        val cl = Main.commandLine()
        cl.out = PrintWriter(out, true)
        cl.err = PrintWriter(err, true)
        val code = cl.execute("train", file.toString(), "--model", text, "--epochs", "1", "--threads", "1", "--force-coefficient", "0",
            "--out", dir.resolve("m.cemt").toString())
        assertEquals(0, code, err.toString())
        val printed = out.toString().lines().first()
        assertTrue(printed.startsWith("model < "), printed)
        assertEquals(modelSpec(text), modelSpec(printed))
    }
}
