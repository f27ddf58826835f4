package org.cemt.plot

import org.cemt.core.InputException
import org.jetbrains.letsPlot.geom.geomTile
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleFillViridis
import org.jetbrains.letsPlot.scale.scaleXDiscrete

/**
 * A feature heat map: one row per reference point, one column per feature, colour = value. [values] is flat
 * `[point][feature]` (the layout of `gmp.Features`), `points × featureNames.size` long; [featureNames] label the
 * columns in order (e.g. "σ=0.2 ℓ=1"); [rowTitle] and [columnTitle] name the axes.
 */
fun featureHeatmap(
    values: DoubleArray,
    featureNames: List<String>,
    valueName: String = "λ",
    rowTitle: String = "reference point",
    columnTitle: String = "feature",
    title: String? = null,
): Figure {
    val where = "feature heat map"
    checkNotEmpty(where, "feature names", featureNames.size)
    if (featureNames.toSet().size != featureNames.size) {
        throw InputException.of(where, "feature names", "distinct names", featureNames)
    }
    val f = featureNames.size
    if (values.isEmpty() || values.size % f != 0) {
        throw InputException.of(where, "values", "a positive multiple of ${f} (points × features)", values.size)
    }
    checkFinite(where, "values", values)
    val points = values.size / f
    val point = ArrayList<Int>(values.size)
    val feature = ArrayList<String>(values.size)
    for (p in 0 until points) {
        for (k in 0 until f) {
            point.add(p)
            feature.add(featureNames[k])
        }
    }
    var plot = letsPlot(mapOf("point" to point, "feature" to feature, "value" to values.toList())) +
        geomTile { x = "feature"; y = "point"; fill = "value" } +
        scaleXDiscrete(limits = featureNames) +
        scaleFillViridis(name = valueName) +
        labs(x = columnTitle, y = rowTitle)
    if (title != null) {
        plot += ggtitle(title)
    }
    return Figure(plot, maxOf(360, 120 + 28 * f), maxOf(300, 100 + 6 * points).coerceAtMost(1600))
}
