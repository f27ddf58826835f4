package org.cemt.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.md.Velocities;
import org.cemt.md.VelocityVerlet;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.testkit.TestModels;
import org.junit.jupiter.api.Test;

/** The model as a calculator: forces and stress are the derivatives of its energy, and NVE conserves it. */
class ModelCalculatorTest {
    static final Structure WATER = Structure.molecule(new int[] {8, 1, 1},
        new double[] {0, 0, 0.119, 0, 0.763, -0.477, 0, -0.763, -0.477});

    static final String SMOOTH_BONDS = "model < refPoints = atoms + bondCentres(2.0, smooth = 0.5) ; "
        + "gmp(orders = [-1, 0, 1, 2], sigmas = [0.3, 0.6]) ; snn(8, 4, activation = tanh) >";

    /** A slightly distorted periodic cell of C and H (a rattled, non-cubic box). */
    static Structure periodicCell() {
        double[] cell = {4.1, 0.2, 0, 0.1, 3.9, 0.15, -0.1, 0.05, 4.3};
        double[] r = {0.1, 0.2, 0.3, 1.2, 0.4, 0.1, 0.3, 1.3, 0.6, 2.5, 2.2, 2.1, 2.9, 3.1, 2.6};
        return Structure.of(new int[] {6, 1, 1, 6, 1}, r, Cell.periodic(cell));
    }

    @Test
    void forcesMatchCentralDifferencesForAMolecule() {
        CemtModel m = TestModels.of(SMOOTH_BONDS, 5, 0.7, 0.5);
        Structure s = WATER.withPositions(stretched(WATER.positions(), new Random(3), 0.05));
        assertForcesMatch(new ModelCalculator(m), s, 2e-6);
    }

    @Test
    void forcesMatchCentralDifferencesForAPeriodicCell() {
        CemtModel m = TestModels.of(SMOOTH_BONDS, 6, 0.7, 0.5);
        assertForcesMatch(new ModelCalculator(m), periodicCell(), 2e-6);
    }

    /**
     * Stress σ_ab = (1/V)·dE/dε_ab under x → (I + ε)x of atoms and cell, ε symmetric, against central differences;
     * while the GMP featurizer has no strain product the calculator gives none and says so.
     */
    @Test
    void stressMatchesStrainFiniteDifferences() {
        ModelCalculator calc = new ModelCalculator(TestModels.of(SMOOTH_BONDS, 7, 0.7, 0.5));
        Structure s = periodicCell();
        Calculation c = calc.calculate(s);
        if (!calc.givesStress()) {
            assertFalse(c.hasStress(), "no strain product, yet a stress");
            return;
        }
        double[] sigma = c.stress();
        double v = Math.abs(s.cell().volume());
        double h = 1e-5, max = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double fd = (calc.calculate(strained(s, a, b, h)).energy()
                    - calc.calculate(strained(s, a, b, -h)).energy()) / (2 * h) / v;
                assertEquals(fd, sigma[3 * a + b], 1e-6, "stress " + a + b);
                max = Math.max(max, Math.abs(fd));
            }
        }
        assertTrue(max > 1e-4, "stress trivially small: " + max);
    }

    @Test
    void contributionsSumToEnergyLessBias() {
        CemtModel m = TestModels.of(SMOOTH_BONDS, 5, 0.7, 0.5);
        CemtResult r = new ModelCalculator(m).evaluate(WATER);
        assertEquals(3 + 3, r.contributions().length, "3 atoms, 2 O–H bonds and the H–H pair at 1.53 Å");
        assertEquals(r.energy() - (-2040.0 - 2 * 13.6), Arrays.stream(r.contributions()).sum(), 1e-9);
    }

    @Test
    void elementOutsideTheModelIsRefused() {
        CemtModel m = TestModels.of(SMOOTH_BONDS, 5, 0.7, 0.5);
        Structure fe = Structure.molecule(new int[] {26, 1}, new double[] {0, 0, 0, 0, 0, 1.6});
        InputException e = assertThrows(InputException.class, () -> new ModelCalculator(m).calculate(fe));
        assertTrue(e.getMessage().contains("element Fe"), e.getMessage());
    }

    /**
     * NVE velocity Verlet under the model (water at 1000 K, 0.1 fs, 1000 steps): the total energy fluctuates at
     * O(Δt²) without drift only if the forces are the energy's exact gradient. Bounds are stated against the
     * potential energy's own swing, so they cannot pass by a motionless run.
     */
    @Test
    void nveConservesTheModelEnergy() {
        CemtModel m = TestModels.of(SMOOTH_BONDS, 5, 0.7, 0.5);
        double[] mass = {Element.mass(8), Element.mass(1), Element.mass(1)};
        double[] v = Velocities.initial(mass, WATER.positions(), 1000, true, null, new Random(11));
        VelocityVerlet md = new VelocityVerlet(new ModelCalculator(m), WATER, v, 0.1);
        int steps = 1000;
        double[] total = new double[steps + 1], pot = new double[steps + 1];
        md.attach(d -> {
            total[(int) d.steps()] = d.totalEnergy();
            pot[(int) d.steps()] = d.potentialEnergy();
        }, 1);
        md.run(steps);
        double swing = range(pot), fluct = range(total);
        double drift = mean(total, steps - 200, steps) - mean(total, 0, 200);
        System.out.printf("NVE model water: potential swing %.4g eV, total fluctuation %.3g eV, drift %.3g eV%n",
            swing, fluct, drift);
        assertTrue(swing > 0.02, "potential energy swing " + swing);
        assertTrue(fluct < 1e-3 * swing, "total energy fluctuation " + fluct + " of swing " + swing);
        assertTrue(Math.abs(drift) < 2e-4 * swing, "drift " + drift);
    }

    static void assertForcesMatch(Calculator c, Structure s, double tol) {
        double[] f = c.calculate(s).forces();
        double h = 1e-5, max = 0;
        for (int k = 0; k < f.length; k++) {
            double[] p = s.positions(), q = s.positions();
            p[k] += h;
            q[k] -= h;
            double fd = -(c.calculate(s.withPositions(p)).energy() - c.calculate(s.withPositions(q)).energy())
                / (2 * h);
            assertEquals(fd, f[k], tol, "force component " + k);
            max = Math.max(max, Math.abs(f[k]));
        }
        assertTrue(max > 1e-3, "forces trivially small: " + max);
    }

    static Structure strained(Structure s, int a, int b, double e) {
        double[] eps = new double[9];
        eps[3 * a + b] += e / 2;
        eps[3 * b + a] += e / 2;
        double[] r = s.positions();
        double[] out = new double[r.length];
        for (int i = 0; i < r.length / 3; i++) {
            for (int x = 0; x < 3; x++) {
                double d = r[3 * i + x];
                for (int y = 0; y < 3; y++) {
                    d += eps[3 * x + y] * r[3 * i + y];
                }
                out[3 * i + x] = d;
            }
        }
        double[] rows = s.cell().rows();
        double[] cell = new double[9];
        for (int k = 0; k < 3; k++) {
            for (int x = 0; x < 3; x++) {
                double d = rows[3 * k + x];
                for (int y = 0; y < 3; y++) {
                    d += eps[3 * x + y] * rows[3 * k + y];
                }
                cell[3 * k + x] = d;
            }
        }
        return s.withPositions(out).withCell(Cell.of(cell, s.cell().pbc()));
    }

    static double[] stretched(double[] r, Random rnd, double amount) {
        double[] p = r.clone();
        for (int k = 0; k < p.length; k++) {
            p[k] += amount * rnd.nextGaussian();
        }
        return p;
    }

    static double range(double[] x) {
        return Arrays.stream(x).max().getAsDouble() - Arrays.stream(x).min().getAsDouble();
    }

    static double mean(double[] x, int from, int to) {
        return Arrays.stream(x, from, to).average().getAsDouble();
    }
}
