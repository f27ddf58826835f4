package org.cemt.cli

import org.cemt.md.generate.Alloys
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt generate alloys`: EMT alloy cells with energies, forces, stress and formation energies ([Alloys]). */
@Command(
    name = "alloys",
    mixinStandardHelpOptions = true,
    description = [
        "Periodic fcc/bcc/hcp cells of the EMT metals (Ni Cu Pd Ag Pt Au Al), one to three elements, Vegard volumes,",
        "random strains (<= 4 %) and rattles (sigma <= 0.1 Å), labelled with EMT energy, forces and stress and",
        "formation_energy (eV/atom, relative to each element's relaxed fcc crystal).",
    ],
)
class GenerateAlloysCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Option(names = ["--count"], paramLabel = "N", description = ["cells to generate (default: 1000)"])
    var count: Int = 1000

    @Option(names = ["--seed"], paramLabel = "S", description = ["random seed (default: 42)"])
    var seed: Long = 42

    @Option(names = ["--out", "-o"], required = true, paramLabel = "FILE", description = ["extended XYZ file to write"])
    lateinit var out: Path

    override fun call(): Int {
        val meter = ProgressMeter(spec.commandLine().err, "generate alloys", count.toLong(), "cells")
        writeFrames(out, meter) { w ->
            var n = 0L
            Alloys.generate(count, seed) { s ->
                w.write(s)
                meter.update(++n)
            }
        }
        spec.commandLine().out.println(String.format(Locale.ROOT, "wrote %d alloy cells (seed %d) to %s in %.2f s",
            count, seed, out, meter.elapsedSeconds()))
        return 0
    }
}
