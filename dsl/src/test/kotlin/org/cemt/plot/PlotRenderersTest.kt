package org.cemt.plot

import org.cemt.core.InputException
import org.cemt.structure.Structure
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Each renderer draws what it was given: one mark per value, the axis titles it sets, and refuses bad input. */
class PlotRenderersTest {
    private fun curve(name: String, scale: Double) = LearningCurve(name, listOf(
        LearningCurvePoint(10, 0.1 * scale, 0.5 * scale),
        LearningCurvePoint(100, 0.03 * scale, 0.2 * scale),
        LearningCurvePoint(1000, 0.01 * scale, 0.08 * scale),
    ))

    @Test
    fun learningCurveHasOneMarkerPerErrorAndDashesTheMaxError() {
        val svg = Svg(learningCurvePlot(listOf(curve("atoms", 1.0), curve("grid 0.3 Å", 0.7)), "force", "eV/Å").svg())
        assertEquals(2 * 3 * 2, svg.data("circle").size, "2 curves × 3 sizes × (MAE, max error)")
        val lines = svg.data("path")
        assertEquals(4, lines.size, "one line per curve and error kind")
        assertEquals(2, lines.count { it.hasAttribute("stroke-dasharray") }, "max-error lines are dashed")
        val texts = svg.texts()
        for (t in listOf("training structures", "force error (eV/Å)", "atoms", "grid 0.3 Å", "MAE", "max error")) {
            assertTrue(t in texts, "'$t' in $texts")
        }
    }

    @Test
    fun learningCurveRefusesAZeroErrorOnItsLogAxis() {
        val bad = LearningCurve("grid", listOf(LearningCurvePoint(10, 0.0, 0.1)))
        val e = assertThrows<InputException> { learningCurvePlot(listOf(bad)) }
        assertEquals("learning curve 'grid': point 0: mae: expected a positive finite number (log axis), found 0.0",
            e.message)
    }

    @Test
    fun parityPlotShowsEveryPairAndItsMaeAndRmse() {
        val ref = doubleArrayOf(1.0, 2.0, 3.0, 4.0)
        val pred = doubleArrayOf(1.1, 1.9, 3.2, 3.9)
        val svg = Svg(parityPlot(ref, pred).svg())
        assertEquals(4, svg.data("circle").size)
        // errors 0.1, 0.1, 0.2, 0.1: MAE 0.125, RMSE √(0.07/4) = 0.1323
        assertTrue("MAE 0.125 eV · RMSE 0.1323 eV · n = 4" in svg.texts(), svg.texts().toString())
        assertTrue("reference energy (eV)" in svg.texts() && "predicted energy (eV)" in svg.texts())
        val e = assertThrows<InputException> { parityPlot(ref, doubleArrayOf(1.0)) }
        assertEquals("parity plot: predicted: expected 4 values (one per reference value), found 1", e.message)
    }

    @Test
    fun forceCoefficientSweepDrawsBothErrorsAgainstTheCoefficient() {
        val results = listOf(
            ForceCoefficientResult(1.0, 0.05, 0.05),
            ForceCoefficientResult(0.01, 0.01, 0.3),
            ForceCoefficientResult(0.1, 0.02, 0.1),
        )
        val svg = Svg(forceCoefficientPlot(results).svg())
        assertEquals(2 * 3, svg.data("circle").size, "energy and force panel, 3 coefficients each")
        assertEquals(2, svg.data("path").size, "one line per panel")
        for (t in listOf("force coefficient", "energy MAE (eV)", "force MAE (eV/Å)")) {
            assertTrue(t in svg.texts(), "'$t' in ${svg.texts()}")
        }
        val e = assertThrows<InputException> { forceCoefficientPlot(listOf(ForceCoefficientResult(0.0, 0.1, 0.1))) }
        assertEquals("force-coefficient sweep: result 0: coefficient: expected a positive finite number (log axis), " +
            "found 0.0", e.message)
    }

    private val water = Structure.molecule(intArrayOf(8, 1, 1),
        doubleArrayOf(0.0, 0.0, 0.0, 0.96, 0.0, 0.0, -0.24, 0.93, 0.0))
    private val points = doubleArrayOf(0.5, 0.5, 0.0, -0.5, 0.2, 0.1, 0.0, -0.5, -0.3, 1.0, 1.0, 0.5)
    private val values = doubleArrayOf(-0.2, 0.1, 0.3, 0.0)

    @Test
    fun referencePointsAreDrawnUnderTheAtomsInElementColours() {
        val svg = Svg(referencePointPlot(water, points, values, Plane.XY).svg())
        val circles = svg.data("circle")
        assertEquals(4 + 3, circles.size, "4 points, then 3 atoms")
        assertEquals(listOf("#ff0d0d", "#ffffff", "#ffffff"), circles.takeLast(3).map { it.getAttribute("fill") },
            "O and H in Jmol colours, over the points")
        assertTrue("x (Å)" in svg.texts() && "y (Å)" in svg.texts())
        val side = Svg(referencePointPlot(water, points, values, Plane.YZ).svg())
        assertTrue("z (Å)" in side.texts(), side.texts().toString())
    }

    @Test
    fun aSlabKeepsOnlyThePointsAndAtomsInsideIt() {
        val svg = Svg(referencePointPlot(water, points, values, Plane.XY, slab = -0.2..0.2).svg())
        assertEquals(2 + 3, svg.data("circle").size, "points at z = 0 and 0.1, the three atoms at z = 0")
        assertTrue(svg.texts().any { it.startsWith("z ∈ [-0.2, 0.2]") }, svg.texts().toString())
        val e = assertThrows<InputException> { referencePointPlot(water, points, values, slab = 5.0..6.0) }
        assertEquals("reference-point plot: slab: expected a range holding at least one of the 4 points, found 5.0..6.0",
            e.message)
        val e2 = assertThrows<InputException> { referencePointPlot(water, points, doubleArrayOf(1.0)) }
        assertEquals("reference-point plot: values: expected 4 values (one per point), found 1", e2.message)
    }

    @Test
    fun featureHeatMapHasOneTilePerPointAndFeature() {
        val names = listOf("σ=0.1 ℓ=0", "σ=0.2 ℓ=0", "σ=0.2 ℓ=1")
        val svg = Svg(featureHeatmap(DoubleArray(4 * 3) { 0.1 * it }, names).svg())
        assertEquals(4 * 3, svg.data("rect").size)
        for (t in names + listOf("feature", "reference point")) {
            assertTrue(t in svg.texts(), "'$t' in ${svg.texts()}")
        }
        val e = assertThrows<InputException> { featureHeatmap(DoubleArray(7), names) }
        assertEquals("feature heat map: values: expected a positive multiple of 3 (points × features), found 7", e.message)
    }

    @Test
    fun mdTraceHasKineticPotentialAndTotalPanels() {
        val t = doubleArrayOf(0.0, 1.0, 2.0, 3.0)
        val svg = Svg(mdEnergyPlot(t, doubleArrayOf(0.1, 0.2, 0.15, 0.1), doubleArrayOf(-5.0, -5.1, -5.05, -5.0)).svg())
        assertEquals(3, svg.data("path").size, "one line per energy term")
        for (s in listOf("kinetic", "potential", "total", "time (fs)", "energy (eV)")) {
            assertTrue(s in svg.texts(), "'$s' in ${svg.texts()}")
        }
        val e = assertThrows<InputException> { mdEnergyPlot(t, doubleArrayOf(0.1), doubleArrayOf(0.1)) }
        assertEquals("MD energy plot: kinetic: expected 4 values (one per time), found 1", e.message)
    }
}
