package org.cemt.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cemt.calc.Emt;
import org.cemt.md.generate.EmtRecipe;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** NVE velocity Verlet under EMT: energy conservation, reversibility, reproducibility, observers. */
class VelocityVerletTest {
    private final Emt emt = new Emt();

    /**
     * Total energy over 2 ps at 1 fs while the potential energy swings by > 2 eV. Verlet conserves a shadow
     * Hamiltonian: E fluctuates at O(Δt²) but does not drift. Bounds: fluctuation (max − min) under 3 meV, drift
     * (mean of the last 500 fs minus mean of the first 500 fs) under 0.3 meV — 3–15× what these runs give (Au6:
     * 1.2 meV, 0.04 meV; Cu32: 0.7 meV, 0.02 meV), far below what a force off by a percent or a first-order
     * integrator gives.
     */
    @Test
    void conservesEnergyForPeriodicCopper() {
        Structure cu = MdSystems.copper(2);
        double[] v = Velocities.initial(MdSystems.masses(cu), cu.positions(), 600, false, null, new Random(1));
        assertConserves(new VelocityVerlet(emt, cu, v, 1.0), 2000);
    }

    @Test
    void conservesEnergyForGoldCluster() {
        Structure au = EmtRecipe.AU6.start();
        double[] v = Velocities.initial(MdSystems.masses(au), au.positions(), 300, true, null, new Random(2));
        assertConserves(new VelocityVerlet(emt, au, v, 1.0), 2000);
    }

    private static void assertConserves(Dynamics md, int steps) {
        double[] total = new double[steps + 1];
        double[] potential = new double[steps + 1];
        md.attach(m -> {
            total[(int) m.steps()] = m.totalEnergy();
            potential[(int) m.steps()] = m.potentialEnergy();
        }, 1);
        md.run(steps);
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        double pmin = min, pmax = max;
        for (int k = 0; k <= steps; k++) {
            min = Math.min(min, total[k]);
            max = Math.max(max, total[k]);
            pmin = Math.min(pmin, potential[k]);
            pmax = Math.max(pmax, potential[k]);
        }
        double drift = mean(total, steps - 500, steps) - mean(total, 0, 500);
        // the potential energy really moves, so conservation is not vacuous
        assertTrue(pmax - pmin > 1.0, "potential energy range " + (pmax - pmin));
        assertTrue(max - min < 3e-3, "total energy fluctuation " + (max - min) + " eV");
        assertTrue(Math.abs(drift) < 3e-4, "total energy drift " + drift + " eV");
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += x[k];
        }
        return s / (to - from);
    }

    @Test
    void isTimeReversible() {
        Structure au = EmtRecipe.AU6.start();
        double[] v = Velocities.initial(MdSystems.masses(au), au.positions(), 300, true, null, new Random(3));
        VelocityVerlet forward = new VelocityVerlet(emt, au, v, 1.0);
        forward.run(500);
        double[] back = forward.velocities();
        for (int k = 0; k < back.length; k++) {
            back[k] = -back[k];
        }
        VelocityVerlet backward = new VelocityVerlet(emt, forward.structure(), back, 1.0);
        backward.run(500);
        assertArrayEquals(au.positions(), backward.structure().positions(), 1e-8);
    }

    @Test
    void sameSeedGivesIdenticalTrajectory() {
        assertArrayEquals(trajectory(5), trajectory(5));
        assertTrue(trajectory(5)[0] != trajectory(6)[0]);
    }

    private double[] trajectory(long seed) {
        Structure au = EmtRecipe.AU6.start();
        double[] v = Velocities.initial(MdSystems.masses(au), au.positions(), 300, true, null, new Random(seed));
        VelocityVerlet md = new VelocityVerlet(emt, au, v, 1.0);
        md.run(200);
        double[] r = md.structure().positions();
        return new double[] {r[0], r[4], r[17], md.potentialEnergy()};
    }

    @Test
    void observersRunAtStepZeroAndEveryInterval() {
        Structure au = EmtRecipe.AU6.start();
        VelocityVerlet md = new VelocityVerlet(emt, au, new double[18], 1.0);
        List<Long> seen = new ArrayList<>();
        md.attach(m -> seen.add(m.steps()), 4);
        md.run(10);
        md.run(3);
        assertEquals(List.of(0L, 4L, 8L, 12L), seen);
        assertEquals(13.0, md.time(), 0);
    }

    @Test
    void loggerWritesAseColumnsAtItsInterval() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        VelocityVerlet md = new VelocityVerlet(emt, EmtRecipe.AU6.start(), new double[18], 1.0);
        md.attach(new MdLogger(new java.io.PrintStream(bytes, true)), 10);
        md.run(20);
        String[] lines = bytes.toString().split("\n");
        assertEquals(4, lines.length);
        assertEquals("Time[ps]      Etot[eV]     Epot[eV]     Ekin[eV]    T[K]", lines[0]);
        assertEquals("0.0200", lines[3].substring(0, 6)); // 20 steps of 1 fs
        assertTrue(lines[1].contains("6.1970"), lines[1]); // the octahedron's EMT energy, at rest
    }

    @Test
    void fixedAtomsStayPut() {
        Structure s = EmtRecipe.PTAU.start();
        boolean[] fixed = EmtRecipe.PTAU.fixed();
        double[] v = Velocities.initial(MdSystems.masses(s), s.positions(), 300, false, fixed, new Random(4));
        VelocityVerlet md = new VelocityVerlet(emt, s, v, 1.0, fixed);
        md.run(100);
        double[] r0 = s.positions(), r1 = md.structure().positions();
        for (int i = 0; i < s.size(); i++) {
            double moved = Math.abs(r1[3 * i] - r0[3 * i]) + Math.abs(r1[3 * i + 2] - r0[3 * i + 2]);
            assertEquals(fixed[i], moved == 0, "atom " + i + " moved " + moved);
        }
    }
}
