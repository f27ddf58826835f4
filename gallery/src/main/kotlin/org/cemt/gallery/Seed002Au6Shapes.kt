package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.parityPlot
import org.cemt.refpoint.RefPointSpec

/**
 * Seed paper 002, Table 1 and Fig. 3: energy RMSE on Au6-EMT for three network shapes (under-, well- and
 * over-fitted in the paper), and the parity plot of the (10,10,10) model on its test set.
 */
object Seed002Au6Shapes : GalleryFigure {
    override val name = "seed002-au6"
    override val reference = "seed paper 002, Table 1 and Fig. 3"
    override val shows = "training and test energy RMSE on Au6-EMT for networks (5,5), (10,10,10), (50,25,10,10), " +
        "ours beside the paper's Behler model; parity plot of the (10,10,10) model"
    override val data = "Au6 EMT MD (org.cemt.md.generate.EmtRecipe.AU6, generated on the spot)"
    override val fullRunTime =
        "1 min (measured: 3 energy-only fits × 2,000 frames × 300 epochs)"
    override val paperTable = true
    override val columns = listOf("mlp_architecture", "ours_rmse_train_eV", "ours_rmse_test_eV",
        "paper_rmse_train_eV", "paper_rmse_test_eV")

    /** Seed 002 Table 1: Behler model on Au6, RMSE (training) and RMSE (test), eV. */
    internal val PAPER = mapOf(
        "(5, 5)" to (0.08 to 0.09),
        "(10, 10, 10)" to (0.04 to 0.04),
        "(50, 25, 10, 10)" to (0.01 to 0.30),
    )
    private val SHAPES = mapOf("(5, 5)" to intArrayOf(5, 5), "(10, 10, 10)" to intArrayOf(10, 10, 10),
        "(50, 25, 10, 10)" to intArrayOf(50, 25, 10, 10))

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val data = GalleryData.au6(if (quick) 60 else 2500)
        val nTrain = data.size * 4 / 5 // the paper's 80/20 split
        val out = Outputs(outDir, name)
        val rows = ArrayList<List<Any>>()
        for ((label, hidden) in SHAPES) {
            val spec = Fits.model(RefPointSpec.atoms(), listOf(0.5, 1.0, 1.5, 2.0), 2, *hidden)
            val f = Fits.fitAndTest(data.subList(0, nTrain), data.subList(nTrain, data.size), spec,
                Fits.training(if (quick) 15 else 300, 0.0))
            val paper = PAPER.getValue(label)
            rows.add(listOf(label, f.train.energy().rmse(), f.test.energy().rmse(),
                paper.first, paper.second))
            if (label == "(10, 10, 10)") {
                out.plot(parityPlot(f.test.energyReference(), f.test.energyPredicted(), "energy", "eV",
                    "Au6-EMT, SNN $label, test set"))
            }
        }
        out.csv(columns, rows)
        return out.files()
    }
}
