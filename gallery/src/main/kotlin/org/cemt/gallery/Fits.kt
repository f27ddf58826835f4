package org.cemt.gallery

import org.cemt.model.ModelSpec
import org.cemt.plot.LearningCurve as CurvePlot
import org.cemt.plot.LearningCurvePoint
import org.cemt.refpoint.RefPointSpec
import org.cemt.structure.Structure
import org.cemt.train.Evaluation
import org.cemt.train.EvaluationReport
import org.cemt.train.LearningCurve
import org.cemt.train.Trainer
import org.cemt.train.TrainingSpec

/** Training runs shared by the figures: all through the runtime's Trainer, so every figure trains the same way. */
internal object Fits {
    /** A training spec: Adam, step decay, fixed seed; [epochs] and the force coefficient β (GMP paper Eq. 5). */
    fun training(epochs: Int, forceCoefficient: Double = 0.1, seed: Long = 1, learningRate: Double = 3e-3,
                 batchSize: Int = 16): TrainingSpec =
        TrainingSpec.builder().epochs(epochs).learningRate(learningRate).stepDecay(maxOf(1, epochs / 3), 0.5)
            .batchSize(batchSize).forceCoefficient(forceCoefficient).validationFraction(0.1).seed(seed).build()

    /** Trains [spec] on [train] (10 % of it for validation) and evaluates the model on [test], with timings. */
    fun fitAndTest(train: List<Structure>, test: List<Structure>, spec: ModelSpec, ts: TrainingSpec): Fitted {
        val r = Trainer.train(train, spec, ts, null, false, Trainer.SILENT)
        return Fitted(Evaluation.run(r.model(), train, "training set"), Evaluation.run(r.model(), test, "test set"))
    }

    /** Learning curve of [spec]: one model per size, all tested on the structures after the largest size. */
    fun curve(label: String, data: List<Structure>, spec: ModelSpec, ts: TrainingSpec, sizes: IntArray): Curve {
        val points = LearningCurve.run(data, spec, ts, sizes, Trainer.SILENT)
        return Curve(label, spec.refPoints(), points)
    }

    /** Errors of one trained model on its training and test sets. */
    class Fitted(val train: EvaluationReport, val test: EvaluationReport)

    /** One learning curve: its label, reference points and the runtime's points. */
    class Curve(val label: String, val refPoints: RefPointSpec, val points: List<LearningCurve.Point>) {
        /** The curve in eV (energy) or eV/Å (force) for the plot renderer. */
        fun plotted(force: Boolean): CurvePlot = CurvePlot(label, points.map {
            val s = if (force) it.test().force() else it.test().energy()
            LearningCurvePoint(it.size(), s.mae(), s.max())
        })

        /** CSV rows: label, size, energy MAE/max (eV), force MAE/max (eV/Å), training time (s). */
        fun rows(): List<List<Any>> = points.map {
            listOf(label, it.size(), it.test().energy().mae(), it.test().energy().max(), it.test().force().mae(),
                it.test().force().max(), it.seconds())
        }
    }

    val CURVE_COLUMNS = listOf("model", "training_structures", "energy_mae_eV", "energy_max_eV", "force_mae_eV_per_A",
        "force_max_eV_per_A", "train_seconds")

    /** The CEMT paper's four point sets (S1.1): grid, atoms, heavy atoms, bond centres; quick mode coarsens the grid. */
    fun pointSets(mode: Mode): List<Pair<String, RefPointSpec>> = listOf(
        "grid" to if (mode == Mode.QUICK) RefPointSpec.grid(0.9, 1.5) else RefPointSpec.grid(FULL_GRID_SPACING, 3.0),
        "atom" to RefPointSpec.atoms(),
        "heavy" to RefPointSpec.heavy(),
        "bond" to RefPointSpec.bonds(),
    )

    /**
     * Full-mode grid spacing (Å) for molecules: the paper's 0.3 Å gives a median 19,700 points per molecule (18 M for
     * the 958 shared molecules, `cemt points --points grid:0.3`), beyond a 2-core machine; 0.7 Å gives 1,550.
     */
    const val FULL_GRID_SPACING = 0.7

    /** A model on [points]: GMP orders −1..[maxOrder] × [sigmas] (Å), SNN [hidden], GELU + batch norm (CEMT S1.1). */
    fun model(points: RefPointSpec, sigmas: List<Double>, maxOrder: Int, vararg hidden: Int): ModelSpec =
        ModelSpec.builder().refPoints(points).gmp(sigmas, (-1..maxOrder).toList()).snn(*hidden).build()
}
