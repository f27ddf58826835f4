package org.cemt.gallery

import org.cemt.plot.Figure
import org.jetbrains.letsPlot.facet.facetWrap
import org.jetbrains.letsPlot.geom.geomHLine
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleLinetypeManual
import org.jetbrains.letsPlot.scale.scaleXLog10
import org.jetbrains.letsPlot.scale.scaleYLog10

/** One model trained with force coefficient β: test energy MAE/max (eV) and force MAE/max (eV/Å). */
internal data class SweepPoint(val model: String, val coefficient: Double, val energyMae: Double,
                               val energyMax: Double, val forceMae: Double, val forceMax: Double)

/**
 * A force-coefficient sweep as the CEMT paper's Fig. 2 draws it: energy and force panels, log–log, one colour per
 * model, MAE solid and max error dashed. Energy-only fits (β = 0, off a log axis) are drawn as dotted horizontal
 * lines at their MAE, so each model's force-trained points read against its energy-only baseline.
 */
internal fun sweepPlot(points: List<SweepPoint>, title: String): Figure {
    val c = ArrayList<Double>(); val e = ArrayList<Double>(); val m = ArrayList<String>()
    val metric = ArrayList<String>(); val panel = ArrayList<String>()
    val baseline = points.filter { it.coefficient == 0.0 }
    for (p in points.filter { it.coefficient > 0.0 }.sortedBy { it.coefficient }) {
        for ((pan, met, v) in listOf(Triple(ENERGY, MAE, p.energyMae), Triple(ENERGY, MAX, p.energyMax),
            Triple(FORCE, MAE, p.forceMae), Triple(FORCE, MAX, p.forceMax))) {
            c.add(p.coefficient); e.add(v); m.add(p.model); metric.add(met); panel.add(pan)
        }
    }
    val plot = letsPlot(mapOf("coefficient" to c, "error" to e, "model" to m, "metric" to metric, "panel" to panel)) +
        geomLine(size = 1.0) { x = "coefficient"; y = "error"; color = "model"; linetype = "metric" } +
        geomPoint(size = 2.5) { x = "coefficient"; y = "error"; color = "model" } +
        facetWrap(facets = "panel", ncol = 2, scales = "free_y", order = 0) +
        scaleXLog10() + scaleYLog10() +
        scaleLinetypeManual(values = listOf(1, 2), limits = listOf(MAE, MAX), name = "error") +
        labs(x = "force coefficient β", y = "test error", color = "") + ggtitle(title, BASELINE_NOTE)
    val withBaseline = if (baseline.isEmpty()) plot else plot + geomHLine(
        data = mapOf("mae" to baseline.map { it.energyMae } + baseline.map { it.forceMae },
            "model" to baseline.map { it.model } + baseline.map { it.model },
            "panel" to baseline.map { ENERGY } + baseline.map { FORCE }),
        linetype = "dotted", size = 1.0) { yintercept = "mae"; color = "model" }
    return Figure(withBaseline, 820, 400)
}

/** CSV columns of a sweep. */
internal val SWEEP_COLUMNS = listOf("model", "force_coefficient", "energy_mae_eV", "energy_max_eV",
    "force_mae_eV_per_A", "force_max_eV_per_A")

internal fun SweepPoint.row(): List<Any> = listOf(model, coefficient, energyMae, energyMax, forceMae, forceMax)

private const val BASELINE_NOTE = "dotted: MAE of the same model trained on energies only (β = 0)"
private const val ENERGY = "energy (eV)"
private const val FORCE = "force (eV/Å)"
private const val MAE = "MAE"
private const val MAX = "max error"
