package org.cemt.gallery

import java.nio.file.Path

/** GMP paper Fig. 4: force-coefficient sweep of GMP(2,4) and GMP(3,12) + SNN(50,3), tanh, MCSH probes, aspirin MD. */
object GmpFig4ForceSweep : GalleryFigure {
    override val name = "gmp-fig4"
    override val reference = "GMP paper (seed 001), Fig. 4 and Table 7"
    override val shows = "test energy and force MAE (solid) and max error (dashed) against the force coefficient β " +
        "for GMP(2,4) and GMP(3,12) with SNN(50,3) on aspirin MD"
    override val data = "aspirin xtb MD (shared set, or cemt generate md --calc xtb)"
    override val fullRunTime =
        "17 min (measured: 8 fits × 1,000 frames × 120 epochs, 2 cores shared with other jobs)"
    override val columns = SWEEP_COLUMNS

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val (nTrain, nTest) = if (quick) 16 to 8 else 1000 to 500
        val data = GalleryData.aspirin(nTrain + nTest)
        val hidden = if (quick) intArrayOf(10, 10, 10) else intArrayOf(50, 50, 50) // SNN(50,3): 3 layers of 50
        val points = ArrayList<SweepPoint>()
        for ((label, spec) in listOf("GMP(2,4)" to GmpModels.spec(2, GmpModels.SIGMAS_4, *hidden),
            "GMP(3,12)" to GmpModels.spec(3, GmpModels.SIGMAS_12, *hidden))) {
            for (beta in if (quick) listOf(0.0, 1.0) else listOf(0.0, 0.01, 0.1, 1.0)) { // β = 0: energy only
                val f = Fits.fitAndTest(data.subList(0, nTrain), data.subList(nTrain, data.size), spec,
                    Fits.training(if (quick) 6 else 120, beta))
                points.add(SweepPoint(label, beta, f.test.energy().mae(), f.test.energy().max(),
                    f.test.force().mae(), f.test.force().max()))
            }
        }
        val out = Outputs(outDir, name)
        out.plot(sweepPlot(points, "GMP + SNN(50,3) force-coefficient sweep, aspirin MD ($nTrain training frames)"))
        out.csv(columns, points.map { it.row() })
        return out.files()
    }
}
