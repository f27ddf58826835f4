package org.cemt.gallery

import java.nio.file.Path
import java.util.concurrent.Callable
import kotlin.system.exitProcess
import org.cemt.core.ComputationException
import org.cemt.core.InputException
import picocli.CommandLine
import picocli.CommandLine.Command
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters

/** `cemt gallery [NAME|all] [--quick] [--out DIR] [--list]`: regenerates the papers' figures (the launcher dispatches here). */
@Command(name = "cemt gallery", mixinStandardHelpOptions = true,
    description = ["Regenerate the papers' figures from our own code: PNG + SVG + CSV per figure under DIR/<name>/."])
class GalleryCommand : Callable<Int> {
    @Parameters(index = "0", defaultValue = "all", paramLabel = "NAME", description = ["a figure name, or all (default)"])
    var name: String = "all"

    @Option(names = ["--quick"], description = ["tiny sets and few epochs: every figure in a few minutes"])
    var quick = false

    @Option(names = ["--out"], paramLabel = "DIR", description = ["output folder (default gallery/out)"])
    var out: Path? = null

    @Option(names = ["--list"], description = ["list the figures and exit"])
    var list = false

    override fun call(): Int {
        if (list) {
            Gallery.figures.forEach { println("${it.name.padEnd(14)} ${it.reference}: ${it.shows} (full mode: ${it.fullRunTime})") }
            return 0
        }
        val mode = if (quick) Mode.QUICK else Mode.FULL
        val dir = out ?: GalleryData.repoRoot().resolve("gallery/out")
        for (f in Gallery.select(name)) {
            val t0 = System.nanoTime()
            System.err.println("${f.name}: ${f.reference} (${mode.name.lowercase()} mode)...")
            val files = f.run(mode, dir)
            // Outputs already refused non-finite numbers; here every file the figure reported must be there, non-empty
            files.firstOrNull { !java.nio.file.Files.isRegularFile(it.path) || java.nio.file.Files.size(it.path) == 0L }
                ?.let { throw ComputationException("${f.name}: ${it.path}: expected a complete file, found none or empty") }
            System.err.printf("%s: %d files in %.1f s%n", f.name, files.size, (System.nanoTime() - t0) / 1e9)
            files.forEach { println(it.path) }
        }
        return 0
    }
}

fun main(args: Array<String>) {
    val cl = CommandLine(GalleryCommand())
    cl.setExecutionExceptionHandler { e, _, _ ->
        when (e) {
            is InputException, is ComputationException -> {
                System.err.println(e.message)
                2
            }
            else -> throw e
        }
    }
    exitProcess(cl.execute(*args))
}
