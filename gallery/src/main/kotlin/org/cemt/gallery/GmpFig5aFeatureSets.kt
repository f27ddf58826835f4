package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.learningCurvePlot

/** GMP paper Fig. 5a: learning curves of four GMP feature sets + SNN on the molecules (QM9 stand-in). */
object GmpFig5aFeatureSets : GalleryFigure {
    override val name = "gmp-fig5a"
    override val reference = "GMP paper (seed 001), Fig. 5a"
    override val shows = "test energy MAE (solid) and max error (dashed) against training-set size for four GMP " +
        "feature sets (MCSH order 2 or 3 × 4, 8 or 12 σ; the paper does not list its four, these are ours)"
    override val data = "xtb molecules (shared set, or cemt generate molecules)"
    override val fullRunTime =
        "13 min (measured: 4 models × 1,550 molecules summed over sizes × 150 epochs, 2 cores shared with other jobs)"
    override val columns = Fits.CURVE_COLUMNS

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val sizes = if (quick) intArrayOf(8, 16) else intArrayOf(50, 100, 200, 400, 800)
        val data = GalleryData.molecules(if (quick) 24 else 950)
        val hidden = if (quick) intArrayOf(10, 10) else intArrayOf(50, 50, 50)
        val sets = listOf("GMP(2,4)" to GmpModels.spec(2, GmpModels.SIGMAS_4, *hidden),
            "GMP(3,4)" to GmpModels.spec(3, GmpModels.SIGMAS_4, *hidden),
            "GMP(3,8)" to GmpModels.spec(3, GmpModels.evenSigmas(8), *hidden),
            "GMP(3,12)" to GmpModels.spec(3, GmpModels.SIGMAS_12, *hidden))
        val curves = sets.map { (label, spec) ->
            Fits.curve(label, data, spec, Fits.training(if (quick) 6 else 150, 0.0), sizes)
        }
        val out = Outputs(outDir, name)
        out.plot(learningCurvePlot(curves.map { it.plotted(false) }, "energy", "eV",
            "GMP feature sets on molecules (test set: ${data.size - sizes.last()} molecules)"))
        out.csv(columns, curves.flatMap { it.rows() })
        return out.files()
    }
}
