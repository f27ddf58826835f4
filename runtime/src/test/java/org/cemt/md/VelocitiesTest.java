package org.cemt.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.cemt.core.InputException;
import org.cemt.core.Units;
import org.cemt.md.generate.EmtRecipe;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** Maxwell–Boltzmann initial velocities, momentum and rotation removal. */
class VelocitiesTest {
    /**
     * 30,000 atoms of two masses: the kinetic temperature 2E/(3Nk) of a Maxwell–Boltzmann draw has relative standard
     * deviation √(2/3N) = 0.47 %, so 2 % is > 4σ; per-mass variance of a component is kT/m.
     */
    @Test
    void maxwellBoltzmannHasTheTemperatureAndPerMassVariance() {
        int n = 30_000;
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = i % 2 == 0 ? 1.008 : 196.966569;
        }
        double[] v = Velocities.maxwellBoltzmann(m, 300, new Random(11));
        double t = 2 * Velocities.kineticEnergy(m, v) / (3 * n * Units.BOLTZMANN);
        assertEquals(300, t, 6);
        double varLight = 0;
        for (int i = 0; i < n; i += 2) {
            varLight += v[3 * i] * v[3 * i] / (n / 2.0);
        }
        assertEquals(Units.BOLTZMANN * 300 * Units.ACCELERATION / 1.008, varLight, 0.05 * varLight);
    }

    @Test
    void initialVelocitiesOfClusterHaveNoMomentumNoRotationAndTheDrawnEnergy() {
        Structure au = EmtRecipe.AU6.start();
        double[] m = MdSystems.masses(au);
        double[] drawn = Velocities.maxwellBoltzmann(m, 300, new Random(8));
        double[] v = Velocities.initial(m, au.positions(), 300, true, null, new Random(8));
        assertEquals(Velocities.kineticEnergy(m, drawn), Velocities.kineticEnergy(m, v), 1e-15);
        double[] p = Velocities.momentum(m, v), l = Velocities.angularMomentum(m, au.positions(), v);
        double[] l0 = Velocities.angularMomentum(m, au.positions(), drawn);
        assertTrue(Math.abs(l0[0]) + Math.abs(l0[1]) + Math.abs(l0[2]) > 1e-2, "the draw did rotate");
        for (int a = 0; a < 3; a++) {
            assertEquals(0, p[a], 1e-12);
            assertEquals(0, l[a], 1e-12);
        }
    }

    @Test
    void linearMoleculeLosesOnlyItsRealRotations() {
        double[] m = {12.011, 15.999};
        double[] r = {0, 0, 0, 0, 0, 1.13};
        double[] v = {0.001, 0.002, 0.003, -0.002, 0.001, -0.001};
        Velocities.removeRotation(m, r, v, false);
        double[] l = Velocities.angularMomentum(m, r, v);
        for (int a = 0; a < 3; a++) {
            assertEquals(0, l[a], 1e-15);
            assertTrue(Double.isFinite(v[a]));
        }
        assertEquals(0.003, v[2], 1e-15); // motion along the axis untouched
    }

    @Test
    void fixedAtomsGetNoVelocity() {
        double[] m = {195.084, 195.084, 196.966569};
        double[] v = Velocities.initial(m, new double[] {0, 0, 0, 3, 0, 0, 0, 3, 0}, 300, false,
            new boolean[] {true, false, false}, new Random(1));
        assertEquals(0, Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]), 0);
        double[] p = Velocities.momentum(m, v);
        assertEquals(0, p[0], 1e-14);
    }

    @Test
    void rejectsNegativeTemperature() {
        InputException e = assertThrows(InputException.class,
            () -> Velocities.maxwellBoltzmann(new double[] {1}, -1, new Random(0)));
        assertEquals("Maxwell-Boltzmann: temperature: expected a non-negative number of K, found -1.0", e.getMessage());
    }
}
