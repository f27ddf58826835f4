package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.Figure
import org.cemt.train.Evaluation
import org.cemt.train.Trainer
import org.jetbrains.letsPlot.geom.geomBar
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot

/**
 * CEMT paper Fig. 3b: prediction cost per structure on one core for each point set, split into featurisation
 * (points, λ and their derivative products) and the network — the runtime's Evaluation timing split.
 */
object CemtFig3bPredictionCost : GalleryFigure {
    override val name = "cemt-fig3b"
    override val reference = "CEMT paper (seed 000), Fig. 3b"
    override val shows = "energy + forces prediction time per molecule on one core (featurisation and network " +
        "stacked) for grid, atom, heavy-atom and bond-centre models"
    override val data = "xtb molecules (shared set, or cemt generate molecules)"
    override val fullRunTime =
        "6 min (measured: 4 single-threaded 50-epoch trainings on 100 molecules, then timing 500 molecules each)"
    override val columns = listOf("model", "points_per_structure", "featurize_ms", "network_ms", "total_ms")

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val quick = mode == Mode.QUICK
        val data = GalleryData.molecules(if (quick) 20 else 600)
        val train = data.subList(0, if (quick) 12 else 100)
        // the model refuses elements it never saw: time only molecules made of the training set's elements
        val known = train.flatMap { s -> (0 until s.size()).map { s.number(it) } }.toSet()
        val timed = data.subList(train.size, data.size).filter { s -> (0 until s.size()).all { s.number(it) in known } }
        val rows = ArrayList<List<Any>>()
        for ((label, points) in Fits.pointSets(mode)) {
            val spec = Fits.model(points, listOf(0.1, 0.2, 0.3, 0.4, 0.5), 3, 128, 64) // the paper's network (S1.1)
            // one core: the trainer and the timed evaluation both run single-threaded
            val ts = org.cemt.train.TrainingSpec.builder().epochs(if (quick) 2 else 50).threads(1).seed(1).build()
            val model = Trainer.train(train, spec, ts, null, false, Trainer.SILENT).model()
            Evaluation.run(model, timed.subList(0, minOf(3, timed.size)), "warm-up") // JIT warm-up, not counted
            val report = Evaluation.run(model, timed, "timed set")
            val perStructure = timed.sumOf { points.build(it).size() }.toDouble() / timed.size
            rows.add(listOf(label, perStructure, report.featurizeMsPerStructure(), report.networkMsPerStructure(),
                report.featurizeMsPerStructure() + report.networkMsPerStructure()))
        }
        val model = rows.flatMap { listOf(it[0], it[0]) }
        val part = rows.flatMap { listOf("featurisation", "network") }
        val ms = rows.flatMap { listOf(it[2] as Double, it[3] as Double) }
        val plot = letsPlot(mapOf("model" to model, "part" to part, "ms" to ms)) +
            geomBar(stat = org.jetbrains.letsPlot.Stat.identity) { x = "model"; y = "ms"; fill = "part" } +
            labs(x = "reference points", y = "ms per structure (one core)", fill = "") +
            ggtitle("prediction cost per molecule (energy + forces)", "${timed.size} molecules timed")
        val out = Outputs(outDir, name)
        out.plot(Figure(plot, 560, 420))
        out.csv(columns, rows)
        return out.files()
    }
}
