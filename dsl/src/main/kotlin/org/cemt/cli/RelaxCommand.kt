package org.cemt.cli

import org.cemt.core.InputException
import org.cemt.md.relax.Bfgs
import org.cemt.md.relax.Fire
import org.cemt.md.relax.Optimizer
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Mixin
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt relax MODEL START --out OUT`: relax atom positions (cell kept) under a model (or EMT) with FIRE or BFGS. */
@Command(
    name = "relax",
    mixinStandardHelpOptions = true,
    description = ["Relax the atoms of the first frame of START (the cell is kept) under a model (MODEL START) or EMT (--calc emt START) until the largest atomic force is at most --fmax. Writes the relaxed frame with energy and forces to --out (and every step to --trajectory). Exit code 1 if --steps run out first."],
)
class RelaxCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Mixin
    lateinit var source: CalculatorChoice

    @Option(names = ["--fmax"], paramLabel = "EV_PER_A", description = ["converged when every |F_i| ≤ this, eV/Å (default: 0.05)"])
    var fmax: Double = 0.05

    @Option(names = ["--optimizer"], paramLabel = "KIND", description = ["fire (default) or bfgs"])
    var optimizer: String = "fire"

    @Option(names = ["--steps"], paramLabel = "N", description = ["most steps (default: 1000)"])
    var steps: Long = 1000

    @Option(names = ["--trajectory"], paramLabel = "TRAJ", description = ["also write every step as extended XYZ"])
    var trajectory: Path? = null

    @Option(names = ["--out", "-o"], required = true, paramLabel = "OUT", description = ["extended XYZ file for the relaxed frame"])
    lateinit var out: Path

    override fun call(): Int {
        val (calculator, start) = source.resolve("relax")
        val opt: Optimizer = when (optimizer) {
            "fire" -> Fire(calculator, start)
            "bfgs" -> Bfgs(calculator, start)
            else -> throw InputException.of("cemt relax", "--optimizer", "fire or bfgs", optimizer)
        }
        val e0 = opt.energy()
        val meter = ProgressMeter(spec.commandLine().err, "relax", steps, "steps")
        opt.attach({ o -> meter.update(o.steps()) }, 1)
        val converged = try {
            val traj = trajectory
            if (traj == null) {
                opt.run(fmax, steps)
            } else {
                ExtXyz.writer(traj).use { w ->
                    try {
                        opt.attach({ o -> w.write(o.structure()) }, 1)
                        opt.run(fmax, steps)
                    } catch (e: RuntimeException) {
                        w.abort()
                        throw e
                    }
                }
            }
        } finally {
            meter.done()
        }
        ExtXyz.write(out, listOf(opt.structure()))
        val o = spec.commandLine().out
        o.println(String.format(Locale.ROOT, "%s %s after %d steps: energy %.6f → %.6f eV, fmax %.2e eV/Å; wrote %s",
            optimizer.uppercase(Locale.ROOT), if (converged) "converged" else "did not converge", opt.steps(), e0,
            opt.energy(), opt.fmax(), out))
        if (!converged) {
            spec.commandLine().err.println(String.format(Locale.ROOT, "cemt: relax: fmax %.3e eV/Å > %.3e eV/Å after %d steps",
                opt.fmax(), fmax, opt.steps()))
            return 1
        }
        return 0
    }
}
