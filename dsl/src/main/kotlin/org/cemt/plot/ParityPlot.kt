package org.cemt.plot

import kotlin.math.abs
import kotlin.math.max
import kotlin.math.min
import kotlin.math.sqrt
import org.jetbrains.letsPlot.coord.coordFixed
import org.jetbrains.letsPlot.geom.geomABLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot

/**
 * Predicted against reference values (energies in eV, or force components in eV/Å, flat), with the line y = x and
 * the MAE and RMSE in the subtitle. Both axes share one range so the diagonal runs corner to corner.
 */
fun parityPlot(
    reference: DoubleArray,
    predicted: DoubleArray,
    quantity: String = "energy",
    unit: String = "eV",
    title: String? = null,
): Figure {
    val where = "parity plot"
    checkNotEmpty(where, "reference", reference.size)
    checkSize(where, "predicted", predicted, reference.size, "one per reference value")
    checkFinite(where, "reference", reference)
    checkFinite(where, "predicted", predicted)
    var sumAbs = 0.0
    var sumSq = 0.0
    var lo = Double.POSITIVE_INFINITY
    var hi = Double.NEGATIVE_INFINITY
    for (i in reference.indices) {
        val d = predicted[i] - reference[i]
        sumAbs += abs(d)
        sumSq += d * d
        lo = min(lo, min(reference[i], predicted[i]))
        hi = max(hi, max(reference[i], predicted[i]))
    }
    val mae = sumAbs / reference.size
    val rmse = sqrt(sumSq / reference.size)
    val pad = if (hi > lo) 0.04 * (hi - lo) else max(1e-3, 0.04 * abs(hi))
    val range = Pair(lo - pad, hi + pad)
    val data = mapOf("reference" to reference.toList(), "predicted" to predicted.toList())
    val stats = "MAE ${fmt(mae)} $unit · RMSE ${fmt(rmse)} $unit · n = ${reference.size}"
    val plot = letsPlot(data) +
        geomABLine(slope = 1.0, intercept = 0.0, color = "#888888", linetype = "dashed") +
        geomPoint(size = 2.0, alpha = 0.7, color = "#1f77b4") { x = "reference"; y = "predicted" } +
        coordFixed(ratio = 1.0, xlim = range, ylim = range) +
        labs(x = "reference $quantity ($unit)", y = "predicted $quantity ($unit)") +
        ggtitle(title ?: "$quantity parity", stats)
    return Figure(plot, 520, 520)
}

/** Four significant digits, trailing zeros dropped: 0.125, 0.1323, -0.2. */
internal fun fmt(v: Double): String =
    java.math.BigDecimal(v).round(java.math.MathContext(4)).stripTrailingZeros().toPlainString()
