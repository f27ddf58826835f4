package org.cemt.cli

import org.cemt.core.InputException
import org.cemt.md.generate.EmtRecipe
import org.cemt.md.generate.GenerateOptions
import org.cemt.model.ModelSpec
import org.cemt.refpoint.RefPointSpec
import org.cemt.structure.io.ExtXyz
import org.cemt.structure.io.FrameSummary
import org.cemt.train.Trainer
import org.cemt.train.TrainingSpec
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Files
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/**
 * `cemt demo`: the main job on the embedded default data: makes (or reuses) the Au6 EMT data set of the seed paper
 * under ./data/au6.extxyz, reports on it, trains a small CEMT model on energies and forces (a few minutes at most on
 * two cores) and prints its errors on held-out frames.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = ["Generate the Au6 EMT data set (2,500 frames) under ./data/ unless a valid one is there, report on it, " +
        "train a small CEMT model on it (energies and forces) and print its errors on held-out frames."],
)
class DemoCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Option(names = ["--data"], paramLabel = "DIR", description = ["folder of the cached data set (default: data)"])
    var data: Path = Path.of("data")

    @Option(names = ["--epochs"], description = ["training epochs (default: 60)"])
    var epochs: Int = 60

    @Option(names = ["--no-train"], description = ["only generate and report on the data"])
    var noTrain: Boolean = false

    override fun call(): Int {
        val out = spec.commandLine().out
        val file = data.resolve("au6.extxyz")
        val options = GenerateOptions.defaults()
        val start = System.nanoTime()
        var summary = if (Files.exists(file)) validSummary(file, options) else null
        if (summary != null) {
            out.println("reusing $file")
        } else {
            out.println("generating the Au6 EMT data set ($options) into $file")
            GenerateCommand.generate(EmtRecipe.AU6, options, file,
                ProgressMeter(spec.commandLine().err, "generate au6", options.frames().toLong(), "frames"))
            summary = FrameSummary.of(file)
        }
        val seconds = (System.nanoTime() - start) / 1e9
        out.println(String.format(Locale.ROOT, "frames: %d of %d atoms", summary!!.frames(), summary.atomsMax()))
        out.println(String.format(Locale.ROOT, "energy: %.4f .. %.4f eV", summary.energyMin(), summary.energyMax()))
        out.println(String.format(Locale.ROOT, "force RMS: %.4f eV/Å (components %.3f .. %.3f eV/Å)",
            summary.forceRms(), summary.forceMin(), summary.forceMax()))
        out.println(String.format(Locale.ROOT, "time: %.2f s", seconds))
        if (!noTrain) train(file)
        return 0
    }

    /** Trains the demo model (atom points, GMP orders -1..4 at σ 0.25..2 Å, (64, 32) GELU network without batch
     * normalisation, which measured far more accurate on Au6 than with it) and prints errors. */
    private fun train(file: Path) {
        val out = spec.commandLine().out
        val model = ModelSpec.builder().refPoints(RefPointSpec.atoms())
            .gmp(listOf(0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0), listOf(-1, 0, 1, 2, 3, 4))
            .snn(64, 32).batchNorm(false).build()
        val ts = TrainingSpec.builder().epochs(epochs).learningRate(2e-3).cosine().batchSize(32).forceCoefficient(1.0)
            .validationFraction(0.1).testFraction(0.2).seed(0).build()
        out.println("training $model")
        out.println("  ${ts.epochs()} epochs, Adam lr 2e-3 cosine, batches of 32, force coefficient 1, 20 % test frames")
        val result = Trainer.train(ExtXyz.read(file), model, ts, null, false, TrainCommand.progress(spec.commandLine().err))
        spec.commandLine().err.println()
        out.print(result.summary())
        out.flush()
    }

    /** The summary of [file] if it is a complete Au6 set (every frame six Au atoms with energy and forces), else null. */
    private fun validSummary(file: Path, options: GenerateOptions): FrameSummary? {
        val s = try {
            FrameSummary.of(file)
        } catch (e: InputException) {
            spec.commandLine().err.println("cemt: $file is not a valid data set (${e.message}); generating it again")
            return null
        }
        val au6 = s.atomsMin() == 6 && s.atomsMax() == 6 && s.atomsPerElement().keys == setOf(79)
        val complete = s.frames() == options.frames() && s.energyFrames() == s.frames() && s.forceFrames() == s.frames()
        if (!au6 || !complete) {
            spec.commandLine().err.println("cemt: $file holds ${s.frames()} frames, not the ${options.frames()} Au6 frames with energy and forces; generating it again")
            return null
        }
        return s
    }
}
