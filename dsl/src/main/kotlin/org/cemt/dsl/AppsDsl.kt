package org.cemt.dsl

import java.util.Random
import org.cemt.calc.Calculator
import org.cemt.calc.ModelCalculator
import org.cemt.core.Element
import org.cemt.md.Dynamics
import org.cemt.md.Langevin
import org.cemt.md.Velocities
import org.cemt.md.VelocityVerlet
import org.cemt.md.relax.Bfgs
import org.cemt.md.relax.Fire
import org.cemt.md.relax.Optimizer
import org.cemt.model.CemtModel
import org.cemt.structure.Structure
import org.cemt.train.Evaluation
import org.cemt.train.EvaluationReport

// Thin wrappers over org.cemt.train.Evaluation, org.cemt.calc, org.cemt.md and org.cemt.md.relax: the Java classes
// check the inputs and do the numerics.

/** The model as a [Calculator] (energy eV, forces eV/Å). */
fun CemtModel.calculator(): ModelCalculator = ModelCalculator(this)

/**
 * Energy (eV, eV/atom) and force (eV/Å) errors of [model] on [data] and the time per structure, with parity data;
 * [where] names the data in error messages.
 */
fun evaluate(model: CemtModel, data: List<Structure>, where: String = "data"): EvaluationReport =
    Evaluation.run(model, data, where)

/**
 * Molecular dynamics from [start] under [calculator] with time step [timestep] (fs): Maxwell–Boltzmann velocities at
 * [temperatureK] (K) drawn from [seed], no net momentum (and no rotation for a molecule), as `cemt md` does; then
 * velocity Verlet (NVE), or Langevin at [temperatureK] with [friction] (1/fs) when it is given. Advance it with
 * `run(steps)` or [trace].
 */
fun md(calculator: Calculator, start: Structure, timestep: Double, temperatureK: Double, seed: Long,
       friction: Double? = null): Dynamics {
    val masses = DoubleArray(start.size()) { Element.mass(start.number(it)) }
    val random = Random(seed)
    val v = Velocities.initial(masses, start.positions(), temperatureK, !start.isPeriodic, null, random)
    return if (friction == null) VelocityVerlet(calculator, start, v, timestep)
    else Langevin(calculator, start, v, timestep, temperatureK, friction, random.nextLong(), null)
}

/** Energies along a run: [time] fs, [kinetic] and [potential] eV, one entry per recorded step. */
class MdTrace(val time: DoubleArray, val kinetic: DoubleArray, val potential: DoubleArray) {
    /** Kinetic + potential, eV. */
    val total: DoubleArray get() = DoubleArray(time.size) { kinetic[it] + potential[it] }
}

/** Runs [steps] steps, recording the energies at the start and every [every] steps (an [org.cemt.md.Observer]). */
fun Dynamics.trace(steps: Long, every: Int): MdTrace {
    val t = ArrayList<Double>()
    val k = ArrayList<Double>()
    val p = ArrayList<Double>()
    attach({ d ->
        t.add(d.time())
        k.add(d.kineticEnergy())
        p.add(d.potentialEnergy())
    }, every)
    run(steps)
    return MdTrace(t.toDoubleArray(), k.toDoubleArray(), p.toDoubleArray())
}

/** The relaxation algorithms of org.cemt.md.relax. */
enum class RelaxMethod { FIRE, BFGS }

/**
 * Relaxes [start] under [calculator] until every |F_i| ≤ [fmax] (eV/Å) or [maxSteps] steps; returns the optimiser
 * (final structure, energy eV, fmax, steps). Converged when `fmax() <= fmax`.
 */
fun relax(calculator: Calculator, start: Structure, fmax: Double, maxSteps: Long, method: RelaxMethod): Optimizer {
    val opt = when (method) {
        RelaxMethod.FIRE -> Fire(calculator, start)
        RelaxMethod.BFGS -> Bfgs(calculator, start)
    }
    opt.run(fmax, maxSteps)
    return opt
}
