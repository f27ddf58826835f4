package org.cemt.cli

import org.cemt.core.InputException
import org.cemt.model.Activation
import org.cemt.model.ModelSpec
import org.cemt.refpoint.RefPointSpec
import org.cemt.train.TrainingSpec
import picocli.CommandLine.Option

/**
 * The model and training options of `cemt train` and `cemt learning-curve`: they only fill ModelSpec and
 * TrainingSpec builders, which hold the defaults and checks (STYLE.md "One logic, one place").
 */
class TrainingOptions {
    @Option(names = ["--model"], paramLabel = "TEXT", description = ["the whole model in its one-line text form " +
        "(\"model < refPoints = … ; gmp(…) ; snn(…) >\"); replaces --points, --orders, --sigmas, --hidden, " +
        "--activation, --batchnorm"])
    var model: String? = null

    @Option(names = ["--points"], paramLabel = "SET", converter = [PointsConverter::class],
        description = ["reference points: atoms, heavy, bonds[:CUTOFF], grid[:SPACING[:CUT]], grid-aug…, +-joined (default: atoms)"])
    var points: RefPointSpec? = null

    @Option(names = ["--orders"], split = ",", paramLabel = "N", description = ["GMP orders, e.g. -1,0,1,2,3"])
    var orders: List<Int>? = null

    @Option(names = ["--sigmas"], split = ",", paramLabel = "Å", description = ["GMP Gaussian widths, Å, e.g. 0.1,0.2,0.3"])
    var sigmas: List<Double>? = null

    @Option(names = ["--hidden"], split = ",", paramLabel = "W", description = ["hidden widths, e.g. 512,256,128,64,32"])
    var hidden: List<Int>? = null

    @Option(names = ["--activation"], paramLabel = "NAME", description = ["gelu, tanh, silu or softplus"])
    var activation: String? = null

    @Option(names = ["--batchnorm"], negatable = true, description = ["batch normalisation after each hidden layer (default: on)"])
    var batchNorm: Boolean? = null

    @Option(names = ["--epochs"], description = ["epochs (default: 500)"])
    var epochs: Int? = null

    @Option(names = ["--lr"], description = ["initial learning rate (default: 1e-3)"])
    var lr: Double? = null

    @Option(names = ["--lr-step"], paramLabel = "EVERY:FACTOR", description = ["step decay (default: 100:0.5)"])
    var lrStep: String? = null

    @Option(names = ["--lr-cosine"], description = ["cosine decay to 0 over the epochs instead"])
    var lrCosine: Boolean = false

    @Option(names = ["--lr-plateau"], paramLabel = "PATIENCE:FACTOR", description = ["reduce on a validation plateau instead"])
    var lrPlateau: String? = null

    @Option(names = ["--batch"], description = ["structures per mini-batch (default: 64)"])
    var batch: Int? = null

    @Option(names = ["--force-coefficient"], paramLabel = "BETA", description = ["β of the force term, 0 = energy only (default: 0.1)"])
    var beta: Double? = null

    @Option(names = ["--loss"], description = ["squared or absolute errors (default: squared)"])
    var loss: String? = null

    @Option(names = ["--per-atom"], description = ["divide energy errors by the atom count"])
    var perAtom: Boolean = false

    @Option(names = ["--optimizer"], description = ["adam, adamw or lbfgs (full batch) (default: adam)"])
    var optimizer: String? = null

    @Option(names = ["--precision"], description = ["float64 or float32 (default: float64)"])
    var precision: String? = null

    @Option(names = ["--val"], description = ["validation fraction (default: 0.1)"])
    var validation: Double? = null

    @Option(names = ["--split"], description = ["random or contiguous (default: random)"])
    var split: String? = null

    @Option(names = ["--seed"], description = ["seed of split, initial weights and batch order (default: 0)"])
    var seed: Long? = null

    @Option(names = ["--threads"], description = ["worker threads (default: all processors)"])
    var threads: Int? = null

    @Option(names = ["--patience"], description = ["stop after this many epochs without a better validation loss (default: never)"])
    var patience: Int? = null

    @Option(names = ["--memory-budget"], paramLabel = "MiB", description = ["memory for cached force Jacobians (default: half the heap)"])
    var memoryMiB: Long? = null

    fun modelSpec(): ModelSpec {
        model?.let { return ModelSpec.parse(it) }
        val b = ModelSpec.builder()
        points?.let { b.refPoints(it) }
        if (orders != null || sigmas != null) {
            b.gmp(sigmas ?: listOf(0.1, 0.2, 0.3, 0.4, 0.5), orders ?: listOf(-1, 0, 1, 2, 3))
        }
        hidden?.let { b.snn(*it.toIntArray()) }
        activation?.let { b.activation(Activation.parse(it)) }
        batchNorm?.let { b.batchNorm(it) }
        return b.build()
    }

    fun trainingSpec(test: Double = 0.0): TrainingSpec.Builder {
        val b = TrainingSpec.builder()
        epochs?.let { b.epochs(it) }
        lr?.let { b.learningRate(it) }
        lrStep?.let { b.stepDecay(it) }
        if (lrCosine) b.cosine()
        lrPlateau?.let {
            val p = it.split(":")
            val patience = p.getOrNull(0)?.toIntOrNull()
            val factor = p.getOrNull(1)?.toDoubleOrNull()
            if (p.size != 2 || patience == null || factor == null) {
                throw InputException.of("training", "lr-plateau", "PATIENCE:FACTOR such as 10:0.5", it)
            }
            b.plateau(patience, factor)
        }
        batch?.let { b.batchSize(it) }
        beta?.let { b.forceCoefficient(it) }
        loss?.let { b.loss(if (it.equals("absolute", true)) TrainingSpec.Loss.ABSOLUTE
            else if (it.equals("squared", true)) TrainingSpec.Loss.SQUARED
            else throw InputException.of("training", "loss", "squared or absolute", it)) }
        b.perAtomEnergy(perAtom)
        optimizer?.let { b.optimizer(it) }
        precision?.let { b.precision(it) }
        validation?.let { b.validationFraction(it) }
        b.testFraction(test)
        split?.let { b.split(it) }
        seed?.let { b.seed(it) }
        threads?.let { b.threads(it) }
        patience?.let { b.patience(it) }
        memoryMiB?.let { b.memoryBudget(it * 1024 * 1024) }
        return b
    }
}
