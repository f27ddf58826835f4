package org.cemt.dsl

import org.cemt.model.CemtEnergy
import org.cemt.refpoint.RefPointSpec
import org.cemt.structure.Structure
import org.cemt.testkit.TestModels
import org.jetbrains.kotlinx.multik.api.mk
import org.jetbrains.kotlinx.multik.api.ndarray
import org.jetbrains.kotlinx.multik.ndarray.data.get
import org.jetbrains.kotlinx.multik.ndarray.operations.sum
import org.jetbrains.kotlinx.multik.ndarray.operations.toList
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** Multik views hold cemt's numbers in cemt's row-major layout, with the documented shapes. */
class MultikInteropTest {
    private val water = Structure.molecule(intArrayOf(8, 1, 1),
        doubleArrayOf(0.0, 0.0, 0.119, 0.0, 0.763, -0.477, 0.0, -0.763, -0.477))
    private val model = TestModels.of("model < refPoints = atoms + bondCentres(1.2) ; gmp(orders = [-1, 0, 1, 2], " +
        "sigmas = [0.3, 0.6]) ; snn(6, activation = tanh, batchNorm = false) >", 5, 1.0, 0.1)

    @Test
    fun featuresArePointsByFeatures() {
        val points = RefPointSpec.atoms().build(water)
        val f = model.featurizer().compute(water, points.points())
        val nd = f.valuesNd()
        assertEquals(listOf(3, 7), nd.shape.toList())
        for (i in 0 until 3) for (k in 0 until 7) assertEquals(f.value(i, k), nd[i, k], "point $i feature $k")
        assertArrayEquals(f.values(), nd.toFlatArray())
        assertEquals(listOf(3, 3), points.pointsNd().shape.toList())
        assertEquals(water.position(2, 1), points.pointsNd()[2, 1])
        assertEquals(points.weights().toList(), points.weightsNd().toList())
    }

    @Test
    fun perPointEnergiesSumToTheEnergyAndForcesAreAtomsByThree() {
        val r = model.evaluate(water, CemtEnergy.Want.FORCES)
        val e = r.contributionsNd()
        assertEquals(5, e.size, "3 atoms + 2 O–H bond centres")
        val bias = -2040.0 - 2 * 13.6
        assertEquals(r.energy(), e.sum() + bias, 1e-9)
        val f = r.forcesNd()
        assertEquals(listOf(3, 3), f.shape.toList())
        for (j in 0 until 3) for (a in 0 until 3) assertEquals(r.forces()[3 * j + a], f[j, a])
        assertEquals(0.0, (0 until 3).sumOf { f[it, 2] }, 1e-9, "no net force on an isolated molecule")
        assertEquals(listOf(3, 3), water.positionsNd().shape.toList())
        val back = mk.ndarray(water.positions(), 3, 3).toFlatArray()
        assertArrayEquals(water.positions(), back)
    }
}
