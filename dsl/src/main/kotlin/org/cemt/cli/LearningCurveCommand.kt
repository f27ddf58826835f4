package org.cemt.cli

import org.cemt.structure.io.ExtXyz
import org.cemt.train.LearningCurve
import picocli.CommandLine.Command
import picocli.CommandLine.Mixin
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt learning-curve DATA --sizes 50,100,200 --csv curve.csv`: test error against training-set size (Fig. 3a). */
@Command(
    name = "learning-curve",
    mixinStandardHelpOptions = true,
    description = ["Train on growing subsets of DATA and test each model on the structures after the largest " +
        "subset (one shared test set): MAE and max error per size, as a table and a CSV."],
)
class LearningCurveCommand : Callable<Int> {
    @Parameters(index = "0", paramLabel = "DATA", description = ["extended XYZ file with energies (and forces)"])
    lateinit var file: Path

    @Mixin
    val options = TrainingOptions()

    @Option(names = ["--sizes"], split = ",", required = true, paramLabel = "N", description = ["training-set sizes, e.g. 50,100,200,400,800"])
    lateinit var sizes: List<Int>

    @Option(names = ["--csv"], paramLabel = "OUT.csv", description = ["write the curve (written atomically)"])
    var csv: Path? = null

    @Spec
    lateinit var spec: CommandSpec

    override fun call(): Int {
        val model = options.modelSpec()
        val ts = options.trainingSpec().build()
        val out = spec.commandLine().out
        out.println(model)
        val points = LearningCurve.run(ExtXyz.read(file), model, ts, sizes.toIntArray(),
            TrainCommand.progress(spec.commandLine().err))
        spec.commandLine().err.println()
        out.println(String.format(Locale.ROOT, "%6s %12s %12s %12s %12s %10s", "size", "E MAE eV", "E max eV",
            "F MAE eV/Å", "F max eV/Å", "train s"))
        for (p in points) {
            out.println(String.format(Locale.ROOT, "%6d %12.6f %12.6f %12.6f %12.6f %10.1f", p.size(), p.test().energy().mae(),
                p.test().energy().max(), p.test().force().mae(), p.test().force().max(), p.seconds()))
        }
        csv?.let {
            LearningCurve.writeCsv(points, it)
            out.println("wrote $it")
        }
        return 0
    }
}
