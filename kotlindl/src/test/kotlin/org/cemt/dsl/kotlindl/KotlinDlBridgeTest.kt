package org.cemt.dsl.kotlindl

import java.util.SplittableRandom
import org.cemt.model.Activation
import org.cemt.model.BatchMode
import org.cemt.model.CemtEnergy
import org.cemt.model.CemtModel
import org.cemt.model.Precision
import org.cemt.model.Snn
import org.cemt.model.SnnArchitecture
import org.cemt.structure.Structure
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * A CEMT network exported to KotlinDL gives the same per-point and structure energies (KotlinDL runs float32:
 * per-point |Δf| ≤ 2e-5·(1 + |f|), structure energies to 1e-4 eV), and importing it back gives cemt's function.
 */
class KotlinDlBridgeTest {
    private val features = 7

    private fun network(activation: Activation): Snn {
        val arch = SnnArchitecture.of(features, intArrayOf(12, 6), activation, true)
        val net = Snn.create(arch, Precision.FLOAT64, 11, 1)
        val r = SplittableRandom(5)
        // running statistics away from (0, 1), so the folding is exercised
        net.setRunningStatistics(DoubleArray(18) { r.nextDouble(-0.5, 0.5) }, DoubleArray(18) { r.nextDouble(0.3, 2.0) })
        // batch-norm γ and β away from (1, 0)
        val p = net.parameters()
        for (l in 0 until 2) for (o in 0 until arch.width(l)) {
            p[arch.gammaOffset(l) + o] = r.nextDouble(0.5, 1.5)
            p[arch.betaOffset(l) + o] = r.nextDouble(-0.3, 0.3)
        }
        net.setParameters(p)
        return net
    }

    private fun inputs(n: Int): Array<DoubleArray> {
        val r = SplittableRandom(8)
        return Array(n) { DoubleArray(features) { r.nextGaussian() } }
    }

    @Test
    fun exportedNetworksGiveCemtsEnergiesForEveryActivation() {
        val x = inputs(40)
        for (a in listOf(Activation.GELU, Activation.TANH, Activation.SILU, Activation.SOFTPLUS)) {
            val net = network(a)
            val expected = net.forward(x.flatMap { it.asList() }.toDoubleArray(), x.size, BatchMode.EVAL).outputs()
            KotlinDlBridge.export(net).use { model ->
                val got = KotlinDlBridge.predict(model, x)
                for (i in x.indices) {
                    assertEquals(expected[i], got[i], 2e-5 * (1 + Math.abs(expected[i])), "$a point $i")
                }
                assertTrue(expected.map { Math.abs(it) }.max() > 1e-2, "$a: outputs not trivially zero")
                val back = KotlinDlBridge.import(model, Precision.FLOAT64, 1)
                val again = back.forward(x.flatMap { it.asList() }.toDoubleArray(), x.size, BatchMode.EVAL).outputs()
                for (i in x.indices) {
                    assertEquals(expected[i], again[i], 2e-5 * (1 + Math.abs(expected[i])), "$a imported, point $i")
                }
            }
        }
    }

    @Test
    fun structureEnergiesAgreeThroughKotlinDl() {
        val spec = org.cemt.model.ModelSpec.parse("model < refPoints = atoms ; gmp(orders = [-1, 0, 1, 2], " +
            "sigmas = [0.3, 0.6]) ; snn(12, 6, activation = tanh) >")
        val net = network(Activation.TANH)
        val bias = DoubleArray(95).also { it[1] = -13.6; it[8] = -2040.0 }
        val model = CemtModel.of(spec, DoubleArray(features) { 0.01 * it }, DoubleArray(features) { 0.5 + 0.1 * it },
            0.2, bias, net, mapOf())
        val water = Structure.molecule(intArrayOf(8, 1, 1),
            doubleArrayOf(0.0, 0.0, 0.119, 0.0, 0.763, -0.477, 0.0, -0.763, -0.477))
        val points = spec.refPoints().build(water)
        val lambda = model.featurizer().compute(water, points.points())
        val x = model.standardize(lambda.values(), points.size())
        KotlinDlBridge.export(net).use { kdl ->
            val f = KotlinDlBridge.predict(kdl, Array(points.size()) { i -> x.copyOfRange(i * features, (i + 1) * features) })
            val energy = (0 until points.size()).sumOf { points.weight(it) * model.energyScale() * f[it] } - 2040.0 - 2 * 13.6
            assertEquals(model.evaluate(water, CemtEnergy.Want.ENERGY).energy(), energy, 1e-4)
        }
    }
}
