package org.cemt.plot

import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleLinetypeManual
import org.jetbrains.letsPlot.scale.scaleXLog10
import org.jetbrains.letsPlot.scale.scaleYLog10

/** Errors on a held-out set after training on [trainingSize] structures; [mae] and [maxError] in the curve's unit. */
data class LearningCurvePoint(val trainingSize: Int, val mae: Double, val maxError: Double)

/** One learning curve, e.g. one reference-point set: its legend [name] and its points. */
data class LearningCurve(val name: String, val points: List<LearningCurvePoint>)

/**
 * Learning curves on log–log axes: error against training-set size, MAE solid, maximum error dashed, one colour per
 * curve. [quantity] and [unit] label the y axis ("energy", "eV"; "force", "eV/Å"). Errors must be positive (log axis).
 */
fun learningCurvePlot(
    curves: List<LearningCurve>,
    quantity: String = "energy",
    unit: String = "eV",
    title: String? = null,
): Figure {
    checkNotEmpty("learning curves", "curves", curves.size)
    val n = ArrayList<Int>()
    val error = ArrayList<Double>()
    val name = ArrayList<String>()
    val metric = ArrayList<String>()
    for (c in curves) {
        val where = "learning curve '${c.name}'"
        checkNotEmpty(where, "points", c.points.size)
        c.points.forEachIndexed { i, p ->
            if (p.trainingSize < 1) {
                throw org.cemt.core.InputException.of(where, "point $i: training size", "at least 1", p.trainingSize)
            }
            checkPositive(where, "point $i: mae", p.mae)
            checkPositive(where, "point $i: max error", p.maxError)
            for ((label, v) in listOf(MAE to p.mae, MAX to p.maxError)) {
                n.add(p.trainingSize)
                error.add(v)
                name.add(c.name)
                metric.add(label)
            }
        }
    }
    val data = mapOf("n" to n, "error" to error, "curve" to name, "metric" to metric)
    var plot = letsPlot(data) +
        geomLine(size = 1.0) { x = "n"; y = "error"; color = "curve"; linetype = "metric" } +
        geomPoint(size = 2.5) { x = "n"; y = "error"; color = "curve" } +
        scaleXLog10() + scaleYLog10() +
        scaleLinetypeManual(values = listOf(1, 2), limits = listOf(MAE, MAX), name = "error") +
        labs(x = "training structures", y = "$quantity error ($unit)", color = "")
    if (title != null) {
        plot += ggtitle(title)
    }
    return Figure(plot)
}

private const val MAE = "MAE"
private const val MAX = "max error"
