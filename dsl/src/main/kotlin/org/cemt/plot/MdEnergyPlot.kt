package org.cemt.plot

import org.jetbrains.letsPlot.facet.facetWrap
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual

/**
 * An MD energy trace: kinetic, potential and total energy (eV) against time (fs), one panel each with its own y
 * range, so the drift of the total — small beside the exchange between the other two — stays visible.
 */
fun mdEnergyPlot(time: DoubleArray, kinetic: DoubleArray, potential: DoubleArray, title: String? = null): Figure {
    val where = "MD energy plot"
    checkNotEmpty(where, "time", time.size)
    checkSize(where, "kinetic", kinetic, time.size, "one per time")
    checkSize(where, "potential", potential, time.size, "one per time")
    checkFinite(where, "time", time)
    checkFinite(where, "kinetic", kinetic)
    checkFinite(where, "potential", potential)
    val t = ArrayList<Double>()
    val e = ArrayList<Double>()
    val term = ArrayList<String>()
    for ((name, values) in listOf(
        KINETIC to kinetic,
        POTENTIAL to potential,
        TOTAL to DoubleArray(time.size) { kinetic[it] + potential[it] },
    )) {
        for (i in time.indices) {
            t.add(time[i]); e.add(values[i]); term.add(name)
        }
    }
    var plot = letsPlot(mapOf("time" to t, "energy" to e, "term" to term)) +
        geomLine(size = 1.0, showLegend = false) { x = "time"; y = "energy"; color = "term" } +
        facetWrap(facets = "term", ncol = 1, scales = "free_y", order = 0) +
        scaleColorManual(values = listOf("#d62728", "#1f77b4", "#2ca02c"), limits = listOf(KINETIC, POTENTIAL, TOTAL)) +
        labs(x = "time (fs)", y = "energy (eV)")
    if (title != null) {
        plot += ggtitle(title)
    }
    return Figure(plot, 640, 560)
}

private const val KINETIC = "kinetic"
private const val POTENTIAL = "potential"
private const val TOTAL = "total"
