package org.cemt.cli

import org.cemt.calc.Emt
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt emt IN --out OUT`: every frame of IN with its EMT energy, forces (and stress for periodic cells). */
@Command(
    name = "emt",
    mixinStandardHelpOptions = true,
    description = ["Add EMT energy (eV), forces (eV/Å) and, for fully periodic cells, stress (eV/Å³) to every frame of an extended XYZ file."],
)
class EmtCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Parameters(index = "0", paramLabel = "IN", description = ["extended XYZ input"])
    lateinit var input: Path

    @Option(names = ["--out", "-o"], required = true, paramLabel = "OUT", description = ["extended XYZ file to write"])
    lateinit var out: Path

    override fun call(): Int {
        val emt = Emt()
        val meter = ProgressMeter(spec.commandLine().err, "emt", 0, "frames")
        var count = 0L
        // streamed: one frame in memory at a time
        ExtXyz.open(input).use { frames ->
            writeFrames(out, meter) { w ->
                for (s in frames) {
                    w.write(emt.calculate(s).applyTo(s))
                    meter.update(++count)
                }
            }
        }
        spec.commandLine().out.println(String.format(Locale.ROOT, "wrote %d frames with EMT energy and forces to %s in %.2f s",
            count, out, meter.elapsedSeconds()))
        return 0
    }
}
