package org.cemt.cli

import org.cemt.core.Element
import org.cemt.core.InputException
import org.cemt.md.Dynamics
import org.cemt.md.Langevin
import org.cemt.md.Velocities
import org.cemt.md.VelocityVerlet
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Mixin
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.Random
import java.util.concurrent.Callable

/** `cemt md MODEL START --steps N --dt FS --temperature K --out TRAJ`: molecular dynamics under a model (or EMT). */
@Command(
    name = "md",
    mixinStandardHelpOptions = true,
    description = ["Molecular dynamics from the first frame of START under a model (MODEL START) or EMT (--calc emt START): Maxwell-Boltzmann velocities at --temperature (no net momentum; no rotation for molecules), then NVE velocity Verlet or Langevin (NVT). Writes every --every-th frame with energy, forces, time (fs) and temperature (K); prints the NVE energy drift."],
)
class MdCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Mixin
    lateinit var source: CalculatorChoice

    @Option(names = ["--steps"], required = true, paramLabel = "N", description = ["number of time steps"])
    var steps: Long = 0

    @Option(names = ["--dt"], required = true, paramLabel = "FS", description = ["time step, fs"])
    var dt: Double = 0.0

    @Option(names = ["--temperature"], required = true, paramLabel = "K", description = ["initial (and Langevin bath) temperature, K"])
    var temperature: Double = 0.0

    @Option(names = ["--thermostat"], paramLabel = "KIND", description = ["none (NVE, default) or langevin"])
    var thermostat: String = "none"

    @Option(names = ["--friction"], paramLabel = "PER_FS", description = ["Langevin friction, 1/fs (default: 0.01)"])
    var friction: Double = 0.01

    @Option(names = ["--every"], paramLabel = "K", description = ["write every K-th step (default: 10)"])
    var every: Int = 10

    @Option(names = ["--seed"], paramLabel = "S", description = ["random seed of velocities and noise (default: 0)"])
    var seed: Long = 0

    @Option(names = ["--out", "-o"], required = true, paramLabel = "TRAJ", description = ["extended XYZ trajectory to write"])
    lateinit var out: Path

    override fun call(): Int {
        if (steps < 0) throw InputException.of("cemt md", "--steps", "a count ≥ 0", steps)
        if (every < 1) throw InputException.of("cemt md", "--every", "at least 1 step", every)
        val (calculator, start) = source.resolve("md")
        val masses = DoubleArray(start.size()) { Element.mass(start.number(it)) }
        val random = Random(seed)
        val v = Velocities.initial(masses, start.positions(), temperature, !start.isPeriodic, null, random)
        val md: Dynamics = when (thermostat) {
            "none" -> VelocityVerlet(calculator, start, v, dt)
            "langevin" -> Langevin(calculator, start, v, dt, temperature, friction, random.nextLong(), null)
            else -> throw InputException.of("cemt md", "--thermostat", "none or langevin", thermostat)
        }
        val err = spec.commandLine().err
        val meter = ProgressMeter(err, "md", steps, "steps")
        val e0 = md.totalEnergy()
        var eMin = e0
        var eMax = e0
        md.attach({ d ->
            eMin = minOf(eMin, d.totalEnergy())
            eMax = maxOf(eMax, d.totalEnergy())
            meter.update(d.steps())
        }, 1)
        writeFrames(out, meter) { w ->
            md.attach({ d ->
                w.write(d.structure().toBuilder().info("time", String.format(Locale.ROOT, "%.4f", d.time()))
                    .info("temperature", String.format(Locale.ROOT, "%.2f", d.temperature())).build())
            }, every)
            md.run(steps)
        }
        val o = spec.commandLine().out
        o.println(String.format(Locale.ROOT, "%d steps of %.3g fs (%.3f ps) with %s, %d frames written to %s in %.2f s",
            steps, dt, md.time() / 1000, if (thermostat == "none") "velocity Verlet (NVE)" else "Langevin at $temperature K",
            steps / every + 1, out, meter.elapsedSeconds()))
        o.println(String.format(Locale.ROOT, "final: potential %.6f eV, kinetic %.6f eV, temperature %.1f K",
            md.potentialEnergy(), md.kineticEnergy(), md.temperature()))
        if (thermostat == "none") {
            o.println(String.format(Locale.ROOT, "total energy: drift %.3e eV (last − first), fluctuation %.3e eV (max − min)",
                md.totalEnergy() - e0, eMax - eMin))
        }
        return 0
    }
}
