package org.cemt.gallery

import java.nio.file.Path
import org.cemt.refpoint.RefPointSpec

/** CEMT paper Fig. 2: force-coefficient sweep on aspirin MD for atom, heavy-atom and bond-centre models. */
object CemtFig2ForceSweep : GalleryFigure {
    override val name = "cemt-fig2"
    override val reference = "CEMT paper (seed 000), Fig. 2"
    override val shows = "test energy and force MAE (solid) and max error (dashed) against the force coefficient β " +
        "for atom, heavy-atom and bond-centre models on aspirin MD"
    override val data = "aspirin xtb MD (shared set, or cemt generate md --calc xtb)"
    override val fullRunTime =
        "19 min (measured: 12 fits × 1,000 frames × 120 epochs, 2 cores shared with other jobs)"
    override val columns = SWEEP_COLUMNS

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val (nTrain, nTest) = if (quick) 16 to 8 else 1000 to 500
        val coefficients = if (quick) listOf(0.0, 1.0) else listOf(0.0, 0.01, 0.1, 1.0) // β = 0: energy only
        val data = GalleryData.aspirin(nTrain + nTest)
        val sigmas = if (quick) listOf(0.3, 0.8) else listOf(0.1, 0.2, 0.3, 0.4, 0.5)
        val hidden = if (quick) intArrayOf(8, 8) else intArrayOf(128, 64)
        val points = ArrayList<SweepPoint>()
        for ((label, spec) in listOf("atom" to RefPointSpec.atoms(), "heavy" to RefPointSpec.heavy(),
            "bond" to RefPointSpec.bonds())) {
            for (beta in coefficients) {
                val model = Fits.model(spec, sigmas, if (quick) 1 else 3, *hidden)
                val ts = Fits.training(if (quick) 8 else 120, beta)
                val f = Fits.fitAndTest(data.subList(0, nTrain), data.subList(nTrain, data.size), model, ts)
                points.add(SweepPoint(label, beta, f.test.energy().mae(), f.test.energy().max(),
                    f.test.force().mae(), f.test.force().max()))
            }
        }
        val out = Outputs(outDir, name)
        out.plot(sweepPlot(points, "force-coefficient sweep, aspirin MD ($nTrain training frames)"))
        out.csv(columns, points.map { it.row() })
        return out.files()
    }
}
