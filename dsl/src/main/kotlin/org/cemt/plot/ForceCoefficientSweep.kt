package org.cemt.plot

import org.jetbrains.letsPlot.facet.facetWrap
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleXLog10

/** Test errors of one model trained with force coefficient [coefficient] in the loss (GMP paper Eq. 5). */
data class ForceCoefficientResult(val coefficient: Double, val energyMae: Double, val forceMae: Double)

/**
 * A force-coefficient sweep: energy MAE and force MAE against the loss's force coefficient (log x axis), one panel
 * each, so the trade-off between the two is read off at a glance. Coefficients must be positive (log axis).
 */
fun forceCoefficientPlot(
    results: List<ForceCoefficientResult>,
    energyUnit: String = "eV",
    forceUnit: String = "eV/Å",
    title: String? = null,
): Figure {
    val where = "force-coefficient sweep"
    checkNotEmpty(where, "results", results.size)
    val energyPanel = "energy MAE ($energyUnit)"
    val forcePanel = "force MAE ($forceUnit)"
    val c = ArrayList<Double>()
    val value = ArrayList<Double>()
    val panel = ArrayList<String>()
    results.sortedBy { it.coefficient }.forEachIndexed { i, r ->
        checkPositive(where, "result $i: coefficient", r.coefficient)
        checkFinite(where, "result $i: energy MAE", doubleArrayOf(r.energyMae))
        checkFinite(where, "result $i: force MAE", doubleArrayOf(r.forceMae))
        c.add(r.coefficient); value.add(r.energyMae); panel.add(energyPanel)
        c.add(r.coefficient); value.add(r.forceMae); panel.add(forcePanel)
    }
    var plot = letsPlot(mapOf("coefficient" to c, "error" to value, "panel" to panel)) +
        geomLine(size = 1.0, color = "#1f77b4") { x = "coefficient"; y = "error" } +
        geomPoint(size = 2.5, color = "#1f77b4") { x = "coefficient"; y = "error" } +
        facetWrap(facets = "panel", ncol = 2, scales = "free_y", order = 0) +
        scaleXLog10() +
        labs(x = "force coefficient", y = "test MAE")
    if (title != null) {
        plot += ggtitle(title)
    }
    return Figure(plot, 760, 360)
}
