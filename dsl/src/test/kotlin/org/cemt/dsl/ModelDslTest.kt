package org.cemt.dsl

import org.cemt.core.InputException
import org.cemt.gmp.GmpSpec
import org.cemt.model.Activation
import org.cemt.model.ModelSpec
import org.cemt.refpoint.RefPointSpec
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test

/**
 * The model DSL is a skin over ModelSpec.Builder: DSL-built specs equal the text form's and the Java builder's, the
 * text form round-trips for every model of the gallery, and errors are the Java ones.
 */
class ModelDslTest {
    /** σ 0.05, 0.10, … 2.00 Å: the 40 widths of the CEMT atom/bond models (241 = 1 + 6 orders × 40). */
    private val wideSigmas = (1..40).map { Math.round(it * 5.0) / 100.0 }
    private val narrowSigmas = listOf(0.1, 0.2, 0.3, 0.4, 0.5)

    private fun paperModel(points: RefPointSpec): ModelSpec = model {
        refPoints = points
        gmp(sigmas = wideSigmas, orders = -1..5)
        snn(512, 256, 128, 64, 32)
    }

    private fun gridModel(points: RefPointSpec): ModelSpec = model {
        refPoints = points
        gmp(sigmas = narrowSigmas, orders = -1..3)
        snn(128, 128, 64, 64, 32, 32, 16, 16)
    }

    /** The gallery's models: atoms, heavy atoms, bond centres (241 features) and the grids (21 features). */
    private val gallery: Map<String, ModelSpec> by lazy {
        linkedMapOf(
            "atoms" to paperModel(atoms),
            "heavy" to paperModel(heavyAtoms),
            "bonds" to paperModel(bondCentres(2.0)),
            "grid" to gridModel(grid(0.3)),
            "grid-aug" to gridModel(gridAug(0.3)),
            "atoms+bonds" to paperModel(atoms + bondCentres(2.0).smooth(0.5).weighted(0.5)),
        )
    }

    @Test
    fun galleryModelsHaveThePapersFeatureCountsAndWidths() {
        for (name in listOf("atoms", "heavy", "bonds")) {
            assertEquals(241, gallery.getValue(name).features(), name)
            assertEquals(listOf(512, 256, 128, 64, 32), gallery.getValue(name).hidden().toList(), name)
        }
        for (name in listOf("grid", "grid-aug")) {
            assertEquals(21, gallery.getValue(name).features(), name)
        }
    }

    @Test
    fun everyGalleryModelRoundTripsThroughItsTextForm() {
        for ((name, spec) in gallery) {
            val text = spec.toString()
            assertEquals(spec, modelSpec(text), name)
            assertEquals(text, modelSpec(text).toString(), name)
        }
    }

    @Test
    fun dslBuiltSpecsEqualTextParsedOnes() {
        val dsl = model {
            refPoints = grid(0.3)
            gmp(sigmas = narrowSigmas, orders = -1..3)
            snn(128, 64)
        }
        val text = modelSpec("model < refPoints = grid(0.3) ; gmp(sigmas = [0.1, 0.2, 0.3, 0.4, 0.5], " +
            "orders = [-1, 0, 1, 2, 3]) ; snn(128, 64) >")
        assertEquals(text, dsl)
        val java = ModelSpec.builder().refPoints(RefPointSpec.grid(0.3, RefPointSpec.GRID_CUT))
            .gmp(narrowSigmas, listOf(-1, 0, 1, 2, 3)).snn(128, 64).build()
        assertEquals(java, dsl)

        val union = model {
            refPoints = atoms + bondCentres(1.8) + heavyAtoms.weighted(0.25)
            gmp(sigmas = listOf(0.2, 0.4), orders = listOf(-1, 0, 2)) { probes = GmpSpec.Probes.MCSH; square = true }
            snn(16, 8)
            activation = Activation.TANH
            batchNorm = false
        }
        val unionText = modelSpec("model < refPoints = atoms + bondCentres(1.8) + weighted(heavyAtoms, 0.25) ; " +
            "gmp(orders = [-1, 0, 2], sigmas = [0.2, 0.4], probes = mcsh, square = true) ; " +
            "snn(16, 8, activation = tanh, batchNorm = false) >")
        assertEquals(unionText, union)
        assertEquals(union, modelSpec(union.toString()))
        assertEquals(3, union.refPoints().parts().size, "a + b + c is one union of three parts")
    }

    @Test
    fun customPointsFromTheDslEqualTheirInlineTextForm() {
        val dsl = model {
            refPoints = atoms + custom(doubleArrayOf(0.1, 0.2, 0.3, 0.5, 0.0, -0.25), doubleArrayOf(1.0, 0.5),
                intArrayOf(-1, 0)).weighted(0.5)
            gmp(sigmas = listOf(0.3), orders = listOf(-1, 0))
            snn(4)
        }
        val text = modelSpec("model < refPoints = atoms + weighted(points(xyz = [[0.1, 0.2, 0.3], [0.5, 0.0, " +
            "-0.25]], weights = [1.0, 0.5], atoms = [-1, 0]), 0.5) ; gmp(orders = [-1, 0], sigmas = [0.3]) ; snn(4) >")
        assertEquals(text, dsl)
        assertEquals(dsl, modelSpec(dsl.toString()))
    }

    @Test
    fun omittedStatementsKeepTheJavaBuildersDefaults() {
        assertEquals(ModelSpec.builder().build(), model { })
        assertEquals(ModelSpec.builder().build(), modelSpec("model < >"))
        assertEquals(RefPointSpec.grid(0.25, RefPointSpec.GRID_CUT), grid(0.25))
        assertEquals(RefPointSpec.bonds(), bondCentres)
        assertEquals(RefPointSpec.gridAugmented(0.4, RefPointSpec.GRID_CUT), gridAug(0.4))
    }

    @Test
    fun badValuesFailWithTheRuntimesMessages() {
        val dsl = assertThrows(InputException::class.java) { grid(-0.3) }
        val java = assertThrows(InputException::class.java) { RefPointSpec.grid().withSpacing(-0.3) }
        assertEquals(java.message, dsl.message)
        val snn = assertThrows(InputException::class.java) { model { snn(128, 0) } }
        assertEquals("model spec: snn: expected hidden widths ≥ 1, found 0", snn.message)
        val order = assertThrows(InputException::class.java) { model { gmp(listOf(0.1), 11..11) } }
        val javaOrder = assertThrows(InputException::class.java) {
            GmpSpec.builder().sigmas(0.1).orders(11).build()
        }
        assertEquals(javaOrder.message, order.message)
    }

    @Test
    fun textErrorsPointAtTheColumn() {
        val e = assertThrows(InputException::class.java) { modelSpec("model < refPoints = grid(0.3) ; snn(128,, 64) >") }
        assertEquals("model spec: column 41: expected a number, a name, a list or a string, found ','", e.message)
        val name = assertThrows(InputException::class.java) { modelSpec("model < refPoints = lattice ; snn(8) >") }
        assertEquals("model spec: column 21: refPoints: expected atoms, heavyAtoms, bondCentres, grid, gridAug, " +
            "points(...), file(...) or weighted(...), found 'lattice'", name.message)
    }
}
