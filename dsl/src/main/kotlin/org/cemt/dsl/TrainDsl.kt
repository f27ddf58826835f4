package org.cemt.dsl

import java.nio.file.Path
import org.cemt.model.ModelSpec
import org.cemt.model.Precision
import org.cemt.structure.Structure
import org.cemt.train.EpochRecord
import org.cemt.train.LearningCurve
import org.cemt.train.Split
import org.cemt.train.Trainer
import org.cemt.train.TrainingResult
import org.cemt.train.TrainingSpec

/**
 * The body of `train(data, spec) { … }`: fills a [TrainingSpec.Builder], which holds the papers' defaults (500
 * epochs, Adam, lr 1e-3 halved every 100 epochs, batches of 64, β = 0.1, validation 10 %) and every check.
 */
@CemtDsl
class TrainScope internal constructor(private val b: TrainingSpec.Builder) {
    internal var progress: Trainer.Progress = Trainer.SILENT

    var epochs: Int by spec(b, TrainingSpec::epochs, TrainingSpec.Builder::epochs)

    /** Initial learning rate (per optimiser step, dimensionless). */
    var lr: Double by spec(b, TrainingSpec::learningRate, TrainingSpec.Builder::learningRate)

    /** Structures per mini-batch. */
    var batchSize: Int by spec(b, TrainingSpec::batchSize, TrainingSpec.Builder::batchSize)

    var optimizer: TrainingSpec.Optimizer by spec(b, TrainingSpec::optimizer, TrainingSpec.Builder::optimizer)

    /** ℓ of the loss terms: squared or absolute errors. */
    var loss: TrainingSpec.Loss by spec(b, TrainingSpec::loss, TrainingSpec.Builder::loss)

    /** Energy errors divided by the atom count (eV/atom) instead of total energies (eV). */
    var perAtomEnergy: Boolean by spec(b, TrainingSpec::perAtomEnergy, TrainingSpec.Builder::perAtomEnergy)

    /** Fraction of the non-test structures used for validation and early stopping, in [0, 1). */
    var validation: Double by spec(b, TrainingSpec::validationFraction, TrainingSpec.Builder::validationFraction)

    /** Fraction of all structures held out as a test set, in [0, 1). */
    var test: Double by spec(b, TrainingSpec::testFraction, TrainingSpec.Builder::testFraction)

    var split: Split.Kind by spec(b, TrainingSpec::split, TrainingSpec.Builder::split)

    /** Seed of split, initial weights and batch order. */
    var seed: Long by spec(b, TrainingSpec::seed, TrainingSpec.Builder::seed)

    var precision: Precision by spec(b, TrainingSpec::precision, TrainingSpec.Builder::precision)

    var threads: Int by spec(b, TrainingSpec::threads, TrainingSpec.Builder::threads)

    /** Stop after this many epochs without a better validation loss (0 = never). */
    var patience: Int by spec(b, TrainingSpec::patience, TrainingSpec.Builder::patience)

    /** Checkpoint every this many epochs (with a run folder). */
    var checkpointEvery: Int by spec(b, TrainingSpec::checkpointEvery, TrainingSpec.Builder::checkpointEvery)

    /** Bytes the cached force Jacobians may take before the trainer recomputes them each epoch. */
    var memoryBudget: Long by spec(b, TrainingSpec::memoryBudget, TrainingSpec.Builder::memoryBudget)

    /** Force term of GMP paper Eq. 5 with coefficient β (≥ 0; forces in eV/Å, energies in eV). */
    fun forces(beta: Double) {
        b.forceCoefficient(beta)
    }

    /** Energy-only training (β = 0). */
    fun energyOnly() {
        b.forceCoefficient(0.0)
    }

    /** Learning rate × [factor] every [every] epochs. */
    fun stepDecay(every: Int, factor: Double) {
        b.stepDecay(every, factor)
    }

    /** Cosine decay from lr to 0 over the epochs. */
    fun cosine() {
        b.cosine()
    }

    /** Learning rate × [factor] after [patience] epochs without a better validation loss. */
    fun plateau(patience: Int, factor: Double) {
        b.plateau(patience, factor)
    }

    /** A constant learning rate. */
    fun constantRate() {
        b.constantRate()
    }

    /** Called after every epoch on the training thread (losses, validation MAE in eV and eV/Å). */
    fun onEpoch(action: (EpochRecord) -> Unit) {
        progress = Trainer.Progress { action(it) }
    }
}

/** A training spec from the [block] (what `train` uses; e.g. to store or print it). */
fun trainingSpec(block: TrainScope.() -> Unit): TrainingSpec =
    TrainingSpec.builder().also { TrainScope(it).block() }.build()

/**
 * Trains a model of [spec] on [data] (energies eV, forces eV/Å): split by the training spec, featurise once, fit
 * bias and scalers, train (GMP paper Eq. 5), keep the best validation parameters. [runDir] (null: no files)
 * receives spec, split, seed and checkpoints. `train(data, spec) { epochs = 500; forces(0.1); lr = 1e-3 }`.
 */
fun train(data: List<Structure>, spec: ModelSpec, runDir: Path? = null, block: TrainScope.() -> Unit = {}): TrainingResult {
    val b = TrainingSpec.builder()
    val scope = TrainScope(b).apply(block)
    return Trainer.train(data, spec, b.build(), runDir, false, scope.progress)
}

/**
 * Test errors after training on each of [sizes] structures (nested subsets, one shared test set: every structure
 * after the largest subset); see [LearningCurve.run].
 */
fun learningCurve(data: List<Structure>, spec: ModelSpec, sizes: List<Int>, block: TrainScope.() -> Unit = {}):
    List<LearningCurve.Point> {
    val b = TrainingSpec.builder()
    val scope = TrainScope(b).apply(block)
    return LearningCurve.run(data, spec, b.build(), sizes.toIntArray(), scope.progress)
}
