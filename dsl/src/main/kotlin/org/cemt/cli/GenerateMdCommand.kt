package org.cemt.cli

import org.cemt.calc.Calculator
import org.cemt.calc.Emt
import org.cemt.calc.Xtb
import org.cemt.core.InputException
import org.cemt.md.generate.GenerateOptions
import org.cemt.md.generate.MoleculeMd
import org.cemt.md.generate.OpenBabel
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt generate md`: a molecule's NVT trajectory with energies and forces, the MD17 idea ([MoleculeMd]). */
@Command(
    name = "md",
    mixinStandardHelpOptions = true,
    description = [
        "A molecule's MD trajectory (Langevin NVT) as extended XYZ with the calculator's energy and forces per frame.",
        "Without START: aspirin from its SMILES (Open Babel), relaxed with GFN2-xTB when --calc xtb.",
    ],
)
class GenerateMdCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Parameters(index = "0", arity = "0..1", paramLabel = "START", description = ["start structure (xyz/extxyz, first frame)"])
    var start: Path? = null

    @Option(names = ["--calc"], paramLabel = "NAME", description = ["xtb (GFN2-xTB) or emt (default: xtb)"])
    var calc: String = "xtb"

    @Option(names = ["--temperature"], paramLabel = "K", description = ["thermostat temperature, K (default: 500)"])
    var temperature: Double = 500.0

    @Option(names = ["--dt"], paramLabel = "FS", description = ["time step, fs (default: 0.5)"])
    var dt: Double = 0.5

    @Option(names = ["--every"], paramLabel = "STEPS", description = ["MD steps between frames (default: 20)"])
    var every: Int = 20

    @Option(names = ["--frames"], paramLabel = "N", description = ["frames to record (default: 100)"])
    var frames: Int = 100

    @Option(names = ["--seed"], paramLabel = "S", description = ["random seed of velocities and noise (default: 42)"])
    var seed: Long = 42

    @Option(names = ["--xtb"], paramLabel = "PROGRAM", description = ["xtb executable (default: xtb on PATH)"])
    var xtb: String = "xtb"

    @Option(names = ["--out", "-o"], required = true, paramLabel = "FILE", description = ["extended XYZ file to write"])
    lateinit var out: Path

    override fun call(): Int {
        val options = GenerateOptions.defaults().withFrames(frames).withTemperatureK(temperature).withTimestep(dt)
            .withInterval(every).withSeed(seed)
        val calculator: Calculator = when (calc) {
            "xtb" -> Xtb.defaults().withProgram(xtb)
            "emt" -> Emt()
            else -> throw InputException.of("generate md", "--calc", "xtb or emt", "'$calc'")
        }
        val first = start?.let {
            ExtXyz.read(it).firstOrNull() ?: throw InputException.of(it.toString(), "frames", "at least one", 0)
        } ?: OpenBabel.defaults().build(MoleculeMd.ASPIRIN).let {
            if (calculator is Xtb) calculator.optimize(it) else it
        }
        val meter = ProgressMeter(spec.commandLine().err, "generate md", options.frames().toLong(), "frames")
        writeFrames(out, meter) { w ->
            var n = 0L
            MoleculeMd.generate(calculator, first, options) { s ->
                w.write(s)
                meter.update(++n)
            }
        }
        val seconds = meter.elapsedSeconds()
        spec.commandLine().out.println(String.format(Locale.ROOT,
            "wrote %d frames of %s (%s, %s) to %s in %.1f s (%.3f s per frame)",
            options.frames(), first.formula(), calc, options, out, seconds, seconds / options.frames()))
        return 0
    }
}
