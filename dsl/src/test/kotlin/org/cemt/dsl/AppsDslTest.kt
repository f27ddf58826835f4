package org.cemt.dsl

import org.cemt.calc.Emt
import org.cemt.structure.Structure
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** md and relax drive the runtime's integrators and optimisers; withoutForces drops only the forces. */
class AppsDslTest {
    /** A Cu4 tetrahedron, edges 2.6 Å, slightly distorted. */
    private val cu4 = Structure.molecule(intArrayOf(29, 29, 29, 29), doubleArrayOf(
        0.0, 0.0, 0.0, 2.6, 0.0, 0.0, 1.3, 2.25, 0.0, 1.3, 0.75, 2.05))

    @Test
    fun nveTraceConservesEnergyAndRecordsEveryInterval() {
        val run = md(Emt(), cu4, timestep = 1.0, temperatureK = 300.0, seed = 7)
        val trace = run.trace(200, 20)
        assertEquals(11, trace.time.size, "step 0 and every 20th of 200")
        assertEquals(200.0, trace.time.last(), 1e-9, "fs")
        val drift = trace.total.maxOrNull()!! - trace.total.minOrNull()!!
        assertTrue(drift < 2e-3, "NVE total energy spread $drift eV")
        assertTrue(trace.kinetic.maxOrNull()!! > 1e-3, "the atoms move")
    }

    @Test
    fun relaxConvergesToSmallForcesAndLowerEnergy() {
        val start = Emt().calculate(cu4).energy()
        val fire = relax(Emt(), cu4, fmax = 0.01, maxSteps = 2000, method = RelaxMethod.FIRE)
        assertTrue(fire.fmax() <= 0.01, "fmax ${fire.fmax()}")
        assertTrue(fire.energy() < start, "${fire.energy()} < $start")
        val bfgs = relax(Emt(), cu4, fmax = 0.01, maxSteps = 2000, method = RelaxMethod.BFGS)
        assertEquals(fire.energy(), bfgs.energy(), 1e-3, "both reach the same minimum (eV)")
    }

    @Test
    fun withoutForcesKeepsEnergiesAndPositions() {
        val s = Emt().calculate(cu4).applyTo(cu4)
        assertTrue(s.hasForces())
        val e = listOf(s).withoutForces().single()
        assertFalse(e.hasForces())
        assertEquals(s.energy(), e.energy())
        assertEquals(s.positions().toList(), e.positions().toList())
    }
}
