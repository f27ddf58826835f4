package org.cemt.cli

import org.cemt.structure.io.ExtXyz
import org.cemt.train.EpochRecord
import org.cemt.train.Trainer
import picocli.CommandLine.Command
import picocli.CommandLine.Mixin
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.io.PrintWriter
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt train DATA --points … --out model.cemt`: trains a CEMT model (GMP paper Eq. 5 loss), run folder beside it. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = ["Train a CEMT model on an extended XYZ file (energies, optional forces): split, featurise once, " +
        "fit per-element bias and scalers, train the shared network with Adam on energies and forces, keep the " +
        "best validation parameters. Writes the model and a run folder (spec, split, seed, checkpoints)."],
)
class TrainCommand : Callable<Int> {
    @Parameters(index = "0", paramLabel = "DATA", description = ["extended XYZ file with energies (and forces)"])
    lateinit var file: Path

    @Mixin
    val options = TrainingOptions()

    @Option(names = ["--test"], description = ["fraction held out as a test set, reported at the end (default: 0)"])
    var test: Double = 0.0

    @Option(names = ["--checkpoint-every"], paramLabel = "N", description = ["checkpoint every N epochs (default: 10)"])
    var checkpointEvery: Int? = null

    @Option(names = ["-o", "--out"], required = true, paramLabel = "MODEL", description = ["model file to write"])
    lateinit var out: Path

    @Option(names = ["--run-dir"], paramLabel = "DIR", description = ["run folder (default: MODEL.run)"])
    var runDir: Path? = null

    @Option(names = ["--resume"], description = ["continue from the run folder's checkpoint"])
    var resume: Boolean = false

    @Spec
    lateinit var spec: CommandSpec

    override fun call(): Int {
        val model = options.modelSpec()
        val tb = options.trainingSpec(test)
        checkpointEvery?.let { tb.checkpointEvery(it) }
        val ts = tb.build()
        val err = spec.commandLine().err
        val stdout = spec.commandLine().out
        val data = ExtXyz.read(file)
        stdout.println(model)
        val run = runDir ?: Path.of("$out.run")
        val result = Trainer.train(data, model, ts, run, resume, progress(err))
        err.println()
        result.model().save(out)
        stdout.print(result.summary())
        stdout.println("wrote $out (run folder $run)")
        return 0
    }

    companion object {
        /** A one-line progress bar on stderr: epoch, losses, validation MAE, learning rate, ETA. */
        fun progress(err: PrintWriter): Trainer.Progress = object : Trainer.Progress {
            private var bar = false

            override fun epoch(r: EpochRecord) {
                bar = true
                val width = 20
                val done = ((r.epoch() + 1) * width) / r.epochs()
                val bar = "#".repeat(done) + "-".repeat(width - done)
                // no validation split (--val 0): no validation column rather than "NaN"
                val validation = if (r.validationEnergyMae().isNaN()) "" else
                    String.format(Locale.ROOT, "  val E MAE %.4g eV", r.validationEnergyMae()) +
                        if (r.validationForceMae().isNaN()) "" else
                            String.format(Locale.ROOT, ", F MAE %.4g eV/Å", r.validationForceMae())
                err.print(String.format(Locale.ROOT, "\r[%s] epoch %d/%d  loss %.4g (E %.3g, F %.3g)%s  lr %.2g  ETA %s ",
                    bar, r.epoch() + 1, r.epochs(), r.trainLoss(), r.trainEnergyLoss(), r.trainForceLoss(), validation,
                    r.learningRate(), eta(r.secondsLeft())))
                err.flush()
            }

            override fun message(line: String) {
                if (bar) err.println()
                bar = false
                err.println(line)
                err.flush()
            }
        }

        private fun eta(s: Double): String = if (s < 90) String.format(Locale.ROOT, "%.0fs", s)
            else String.format(Locale.ROOT, "%dm%02ds", (s / 60).toInt(), (s % 60).toInt())
    }
}
