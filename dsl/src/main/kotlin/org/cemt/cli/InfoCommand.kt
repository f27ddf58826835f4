package org.cemt.cli

import org.cemt.core.Element
import org.cemt.structure.io.FrameSummary
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt info FILE`: what an extended XYZ file holds, read in one streamed pass (FrameSummary does the sums). */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = ["Summarise an extended XYZ file: frames, elements, atoms per frame, energy and force ranges, cells."],
)
class InfoCommand : Callable<Int> {
    @Parameters(index = "0", paramLabel = "FILE", description = ["extended XYZ file (as ASE writes it)"])
    lateinit var file: Path

    @Spec
    lateinit var spec: CommandSpec

    override fun call(): Int {
        val s = FrameSummary.of(file)
        val out = spec.commandLine().out
        fun f(v: Double) = String.format(Locale.ROOT, "%.6f", v)
        fun g(v: Double) = String.format(Locale.ROOT, "%.4f", v)
        fun frames(n: Int) = if (n == 1) "1 frame" else "$n frames"
        out.println("file: $file")
        out.println("frames: ${s.frames()}")
        out.println("atoms: ${s.atoms()} in all, ${s.atomsMin()} … ${s.atomsMax()} per frame")
        val elements = s.atomsPerElement().entries.joinToString(", ") { (z, n) ->
            "${Element.symbol(z)} $n (in ${frames(s.framesPerElement().getValue(z))})"
        }
        out.println("elements: ${elements.ifEmpty { "none" }}")
        if (s.energyFrames() > 0) {
            out.println("energy: ${f(s.energyMin())} … ${f(s.energyMax())} eV (${frames(s.energyFrames())})")
            out.println("energy per atom: ${f(s.energyPerAtomMin())} … ${f(s.energyPerAtomMax())} eV/atom")
        } else {
            out.println("energy: none")
        }
        if (s.forceFrames() > 0) {
            out.println("forces: components ${f(s.forceMin())} … ${f(s.forceMax())} eV/Å, RMS ${f(s.forceRms())} eV/Å (${frames(s.forceFrames())})")
        } else {
            out.println("forces: none")
        }
        out.println("periodic: " + s.pbcFrames().entries.joinToString(", ") { (p, n) -> "\"$p\" ${frames(n)}" })
        if (s.cellFrames() > 0) {
            fun range(min: Double, max: Double) = if (min == max) g(min) else "${g(min)} … ${g(max)}"
            val abc = (0..2).joinToString(" ") { range(s.lengthMin(it), s.lengthMax(it)) }
            val angles = (0..2).joinToString(" ") { range(s.angleMin(it), s.angleMax(it)) }
            out.println("cell: ${frames(s.cellFrames())} with a Lattice; lengths a b c $abc Å; angles α β γ $angles°; " +
                "volume ${range(s.volumeMin(), s.volumeMax())} Å³")
        } else {
            out.println("cell: none")
        }
        return 0
    }
}
