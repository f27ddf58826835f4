package org.cemt.cli

import org.cemt.md.generate.EmtRecipe
import org.cemt.md.generate.GenerateOptions
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt generate au6|ptau`: an EMT molecular-dynamics data set (seed paper 002, sections 2 and 3.4) as extended XYZ. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = [
        "Generate an EMT data set by NVE molecular dynamics and write it as extended XYZ (energy, forces per frame).",
        "  au6   six Au atoms (face centres of one fcc cell, a = 4.08 Å), 300 K, 1 fs, a frame every 50 steps",
        "  ptau  Pt(110) slab (2x2x2, periodic in x, y) with two Au atoms above it, 300 K, 1 fs, every 50 steps",
    ],
)
class GenerateCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Parameters(index = "0", paramLabel = "SET", description = ["au6 or ptau"])
    lateinit var set: String

    @Option(names = ["--out", "-o"], required = true, paramLabel = "FILE", description = ["extended XYZ file to write"])
    lateinit var out: Path

    @Option(names = ["--frames"], paramLabel = "N", description = ["frames to record (default: 2500)"])
    var frames: Int? = null

    @Option(names = ["--temperature"], paramLabel = "K", description = ["initial Maxwell-Boltzmann temperature, K (default: 300)"])
    var temperature: Double? = null

    @Option(names = ["--seed"], paramLabel = "S", description = ["random seed of the initial velocities (default: 42)"])
    var seed: Long? = null

    @Option(names = ["--interval"], paramLabel = "STEPS", description = ["MD steps between frames (default: 50)"])
    var interval: Int? = null

    override fun call(): Int {
        val recipe = EmtRecipe.byId(set)
        var options = GenerateOptions.defaults()
        frames?.let { options = options.withFrames(it) }
        temperature?.let { options = options.withTemperatureK(it) }
        seed?.let { options = options.withSeed(it) }
        interval?.let { options = options.withInterval(it) }
        val err = spec.commandLine().err
        val seconds = generate(recipe, options, out, ProgressMeter(err, "generate ${recipe.id()}", options.frames().toLong(), "frames"))
        spec.commandLine().out.println(String.format(Locale.ROOT, "wrote %d frames of %s (%s) to %s in %.2f s",
            options.frames(), recipe.id(), options, out, seconds))
        return 0
    }

    companion object {
        /** Runs [recipe] into [out] atomically (nothing is left behind on failure); returns the seconds taken. */
        fun generate(recipe: EmtRecipe, options: GenerateOptions, out: Path, meter: ProgressMeter): Double {
            val writer = ExtXyz.writer(out)
            writer.use { w ->
                try {
                    var count = 0L
                    recipe.generate(options) { s ->
                        w.write(s)
                        meter.update(++count)
                    }
                } catch (e: RuntimeException) {
                    w.abort()
                    throw e
                } finally {
                    meter.done()
                }
            }
            return meter.elapsedSeconds()
        }
    }
}
