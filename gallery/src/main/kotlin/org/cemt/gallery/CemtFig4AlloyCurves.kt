package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.learningCurvePlot
import org.cemt.refpoint.RefPointSpec

/** CEMT paper Fig. 4: learning curves on alloys, grid against atom-centred points (the Materials Project stand-in). */
object CemtFig4AlloyCurves : GalleryFigure {
    override val name = "cemt-fig4"
    override val reference = "CEMT paper (seed 000), Fig. 4"
    override val shows = "test energy MAE (solid) and max error (dashed) against training-set size, log–log, grid vs " +
        "atom-centred models on EMT alloy cells (fcc/bcc/hcp of Ni, Cu, Pd, Ag, Pt, Au, Al)"
    override val data = "EMT alloys from org.cemt.md.generate.Alloys (generated on the spot, seeded)"
    override val fullRunTime =
        "35 min (measured with about one core free: 2 models × 1,550 cells summed over sizes × 100 epochs)"
    override val columns = Fits.CURVE_COLUMNS

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val sizes = if (quick) intArrayOf(6, 12) else intArrayOf(50, 100, 200, 400, 800)
        val data = GalleryData.alloys(if (quick) 18 else 1200)
        val sets = listOf("grid" to if (quick) RefPointSpec.grid(1.8, 1.0) else RefPointSpec.grid(0.7, 1.0),
            "atom" to RefPointSpec.atoms()) // a 0.3 Å grid would be ~11,000 points per cell
        val curves = sets.map { (label, points) ->
            val model = Fits.model(points, if (quick) listOf(0.5, 1.0) else listOf(0.25, 0.5, 0.75, 1.0, 1.5),
                if (quick) 1 else 3, *(if (quick) intArrayOf(8, 8) else intArrayOf(128, 64)))
            Fits.curve(label, data, model, Fits.training(if (quick) 6 else 100, 0.0), sizes)
        }
        val out = Outputs(outDir, name)
        out.plot(learningCurvePlot(curves.map { it.plotted(false) }, "energy", "eV",
            "learning curves on EMT alloys (test set: ${data.size - sizes.last()} cells)"))
        out.csv(columns, curves.flatMap { it.rows() })
        return out.files()
    }
}
