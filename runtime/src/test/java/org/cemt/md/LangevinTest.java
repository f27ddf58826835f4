package org.cemt.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cemt.calc.Emt;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** Langevin (NVT) under EMT. */
class LangevinTest {
    private final Emt emt = new Emt();

    /**
     * Cu32 starting at rest, bath 500 K, γ = 0.02/fs: after 1 ps (20 relaxation times 1/γ) the mean kinetic
     * temperature over the next 4 ps must be the bath's. ASE's temperature counts 3N degrees of freedom while the
     * held centre of mass removes 3, so the expectation is 500·(3N − 3)/3N = 484.4 K. The instantaneous temperature
     * of 93 degrees of freedom has relative spread √(2/93) = 15 %; with a correlation time ~1/(2γ) = 25 fs the 4 ps
     * mean has about 80 independent samples, a standard error of ~1.6 % (8 K). Bound: ±30 K, about 4σ.
     */
    @Test
    void reachesTheBathTemperatureOnAverage() {
        Structure cu = MdSystems.copper(2);
        Langevin md = new Langevin(emt, cu, new double[3 * cu.size()], 2.0, 500, 0.02, 12345, null);
        md.run(500);
        double[] sum = {0};
        md.attach(m -> sum[0] += m.temperature(), 1);
        md.run(2000);
        double mean = sum[0] / 2001;
        assertEquals(500.0 * 93 / 96, mean, 30, "mean temperature " + mean);
        assertArrayEquals(new double[3], Velocities.momentum(MdSystems.masses(cu), md.velocities()), 1e-12);
    }

    @Test
    void sameSeedGivesIdenticalTrajectory() {
        assertArrayEquals(run(7), run(7));
    }

    private double[] run(long seed) {
        Structure cu = MdSystems.copper(1);
        Langevin md = new Langevin(emt, cu, new double[3 * cu.size()], 1.0, 300, 0.01, seed, null);
        md.run(100);
        return md.structure().positions();
    }

    @Test
    void rejectsNonPositiveFriction() {
        Structure cu = MdSystems.copper(1);
        InputException e = assertThrows(InputException.class,
            () -> new Langevin(emt, cu, new double[12], 1.0, 300, 0, 1, null));
        assertEquals("Langevin: friction: expected a positive rate in 1/fs, found 0.0", e.getMessage());
    }
}
