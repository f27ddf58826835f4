package org.cemt.cli

import org.cemt.core.InputException
import org.cemt.md.generate.EmtRecipe
import org.cemt.md.generate.GenerateOptions
import org.cemt.structure.io.FrameSummary
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Files
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/**
 * `cemt demo`: the main job on the embedded default data. For now it makes (or reuses) the Au6 EMT data set of the
 * seed paper under ./data/au6.extxyz and reports on it; later issues add training and evaluation.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = ["Generate the Au6 EMT data set (2,500 frames) under ./data/ unless a valid one is there, and report on it."],
)
class DemoCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Option(names = ["--data"], paramLabel = "DIR", description = ["folder of the cached data set (default: data)"])
    var data: Path = Path.of("data")

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
        return 0
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
