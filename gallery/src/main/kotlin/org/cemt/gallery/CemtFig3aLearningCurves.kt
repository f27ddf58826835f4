package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.learningCurvePlot

/** CEMT paper Fig. 3a: learning curves on the molecules for grid, atom, heavy-atom and bond-centre models. */
object CemtFig3aLearningCurves : GalleryFigure {
    override val name = "cemt-fig3a"
    override val reference = "CEMT paper (seed 000), Fig. 3a"
    override val shows = "test energy MAE (solid) and max error (dashed) against training-set size, log–log, for " +
        "grid, atom, heavy-atom and bond-centre models on small organic molecules"
    override val data = "xtb molecules (shared set, or cemt generate molecules)"
    override val fullRunTime =
        "32 min (measured: 4 models × 750 molecules summed over sizes × 100 epochs; the 0.7 Å grid curve takes 91 % of it)"
    override val columns = Fits.CURVE_COLUMNS

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val sizes = if (quick) intArrayOf(8, 16) else intArrayOf(50, 100, 200, 400)
        val data = GalleryData.molecules(if (quick) 24 else 950)
        val curves = Fits.pointSets(mode).map { (label, points) ->
            val model = Fits.model(points, if (quick) listOf(0.3, 0.8) else listOf(0.1, 0.2, 0.3, 0.4, 0.5),
                if (quick) 1 else 3, *(if (quick) intArrayOf(8, 8) else intArrayOf(128, 64)))
            Fits.curve(label, data, model, Fits.training(if (quick) 6 else 100, 0.0), sizes)
        }
        val out = Outputs(outDir, name)
        out.plot(learningCurvePlot(curves.map { it.plotted(false) }, "energy", "eV",
            "learning curves on molecules (test set: ${data.size - sizes.last()} molecules)"))
        out.csv(columns, curves.flatMap { it.rows() })
        return out.files()
    }
}
