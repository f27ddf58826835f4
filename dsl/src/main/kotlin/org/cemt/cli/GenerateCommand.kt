package org.cemt.cli

import org.cemt.core.InputException
import org.cemt.md.generate.EmtRecipe
import org.cemt.md.generate.GenerateOptions
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/**
 * `cemt generate au6|ptau`: an EMT molecular-dynamics data set (seed paper 002, sections 2 and 3.4) as extended XYZ;
 * `cemt generate molecules|md|alloys` are subcommands of their own.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = [
        "Generate a data set and write it as extended XYZ (energy, forces per frame).",
        "  au6        six Au atoms (face centres of one fcc cell, a = 4.08 Å), EMT NVE, 300 K, 1 fs, every 50 steps",
        "  ptau       Pt(110) slab (2x2x2, periodic in x, y) with two Au atoms above it, EMT NVE, as au6",
        "  molecules  small C/H/N/O/F molecules at their GFN2-xTB optimum (see 'generate molecules --help')",
        "  md         a molecule's MD trajectory, GFN2-xTB or EMT (see 'generate md --help')",
        "  alloys     EMT fcc/bcc/hcp alloy cells with formation energies (see 'generate alloys --help')",
    ],
    subcommands = [GenerateMoleculesCommand::class, GenerateMdCommand::class, GenerateAlloysCommand::class],
)
class GenerateCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    // optional here so that picocli accepts the subcommands; checked in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "SET", description = ["au6 or ptau (or a subcommand)"])
    var set: String? = null

    @Option(names = ["--out", "-o"], paramLabel = "FILE", description = ["extended XYZ file to write (required)"])
    var out: Path? = null

    @Option(names = ["--frames"], paramLabel = "N", description = ["frames to record (default: 2500)"])
    var frames: Int? = null

    @Option(names = ["--temperature"], paramLabel = "K", description = ["initial Maxwell-Boltzmann temperature, K (default: 300)"])
    var temperature: Double? = null

    @Option(names = ["--seed"], paramLabel = "S", description = ["random seed of the initial velocities (default: 42)"])
    var seed: Long? = null

    @Option(names = ["--interval"], paramLabel = "STEPS", description = ["MD steps between frames (default: 50)"])
    var interval: Int? = null

    override fun call(): Int {
        val name = set
        if (name == null || EmtRecipe.values().none { it.id() == name }) {
            throw InputException.of("generate", "data set", "au6, ptau, molecules, md or alloys",
                if (name == null) "none" else "'$name'")
        }
        val recipe = EmtRecipe.byId(name)
        val out = out ?: throw InputException.of("generate", "--out", "a FILE", "none")
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
            writeFrames(out, meter) { w ->
                var count = 0L
                recipe.generate(options) { s ->
                    w.write(s)
                    meter.update(++count)
                }
            }
            return meter.elapsedSeconds()
        }
    }
}
