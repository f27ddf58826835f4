package org.cemt.md.relax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.cemt.calc.Calculator;
import org.cemt.calc.Emt;
import org.cemt.core.InputException;
import org.cemt.md.generate.EmtRecipe;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** FIRE and BFGS under EMT reach the minima a direct scan or symmetry gives. */
class RelaxationTest {
    private static final Emt EMT = new Emt();
    private static final List<BiFunction<Calculator, Structure, Optimizer>> BOTH =
        List.of(Fire::new, Bfgs::new);

    static Structure dimer(int z, double r) {
        return Structure.molecule(new int[] {z, z}, new double[] {0, 0, 0, 0.3 * r, 0.4 * r, Math.sqrt(0.75) * r});
    }

    /** The EMT dimer bond length by a 1-D scan: golden-section search on E(r) to 1e-9 Å. */
    static double scannedBondLength(int z) {
        double a = 1.8, b = 3.5, g = (Math.sqrt(5) - 1) / 2;
        while (b - a > 1e-9) {
            double c = b - g * (b - a), d = a + g * (b - a);
            if (EMT.calculate(dimer(z, c)).energy() < EMT.calculate(dimer(z, d)).energy()) {
                b = d;
            } else {
                a = c;
            }
        }
        return (a + b) / 2;
    }

    static double distance(Structure s, int i, int j) {
        double d = 0;
        for (int a = 0; a < 3; a++) {
            double x = s.position(i, a) - s.position(j, a);
            d += x * x;
        }
        return Math.sqrt(d);
    }

    /** With curvature k ≈ 5–10 eV/Å² a residual force of 1e-3 eV/Å leaves the bond within ~2e-4 Å of the scan. */
    @Test
    void dimersRelaxToTheScannedBondLength() {
        for (int z : new int[] {29, 79}) {
            double r0 = scannedBondLength(z);
            assertTrue(r0 > 2.0 && r0 < 3.0, "scanned bond length " + r0);
            for (BiFunction<Calculator, Structure, Optimizer> make : BOTH) {
                Optimizer o = make.apply(EMT, dimer(z, 2.9));
                assertTrue(o.run(1e-3, 500), o.getClass().getSimpleName() + " did not converge");
                double r = distance(o.structure(), 0, 1);
                assertEquals(r0, r, 5e-4, o.getClass().getSimpleName() + " Z=" + z);
                assertTrue(o.fmax() <= 1e-3);
            }
        }
    }

    /** A rattled fcc Cu crystal (fixed cell) returns to the perfect lattice: same energy, zero forces. */
    @Test
    void rattledCrystalReturnsToThePerfectLattice() {
        Structure perfect = copper(2);
        double e0 = EMT.calculate(perfect).energy();
        Structure rattled = rattle(perfect, 0.1, 7);
        assertTrue(EMT.calculate(rattled).energy() > e0 + 0.1, "the rattle must cost energy");
        for (BiFunction<Calculator, Structure, Optimizer> make : BOTH) {
            Optimizer o = make.apply(EMT, rattled);
            assertTrue(o.run(1e-3, 1000), o.getClass().getSimpleName() + " did not converge");
            assertEquals(e0, o.energy(), 1e-5, o.getClass().getSimpleName());
        }
    }

    /** FIRE and BFGS find the same Au₆ minimum from a rattled octahedron. */
    @Test
    void goldClusterOptimizersAgree() {
        Structure start = rattle(EmtRecipe.AU6.start(), 0.15, 3);
        Optimizer fire = new Fire(EMT, start), bfgs = new Bfgs(EMT, start);
        assertTrue(fire.run(1e-3, 2000) && bfgs.run(1e-3, 2000));
        assertEquals(fire.energy(), bfgs.energy(), 1e-5);
        assertTrue(fire.energy() < EMT.calculate(start).energy() - 0.01);
        // the same shape: sorted interatomic distances agree
        assertArrayEquals(distances(fire.structure()), distances(bfgs.structure()), 2e-3);
    }

    /** BFGS takes no line search, yet on these smooth cases each step lowers the energy (to 1e-8 eV). */
    @Test
    void bfgsLowersTheEnergyEveryStep() {
        for (Structure s : new Structure[] {rattle(copper(2), 0.1, 7), rattle(EmtRecipe.AU6.start(), 0.15, 3)}) {
            Bfgs o = new Bfgs(EMT, s);
            List<Double> e = new ArrayList<>();
            o.attach(x -> e.add(x.energy()), 1);
            assertTrue(o.run(1e-3, 500));
            assertTrue(e.size() > 5, "steps " + e.size());
            for (int k = 1; k < e.size(); k++) {
                assertTrue(e.get(k) <= e.get(k - 1) + 1e-8, "step " + k + ": " + e.get(k - 1) + " → " + e.get(k));
            }
        }
    }

    @Test
    void observersSeeTheStartAndEveryIntervalAndAStepBudgetStops() {
        Fire o = new Fire(EMT, dimer(29, 2.9));
        List<Long> seen = new ArrayList<>();
        o.attach(x -> seen.add(x.steps()), 3);
        assertTrue(!o.run(1e-9, 7), "1e-9 eV/Å cannot be reached in 7 steps");
        assertEquals(List.of(0L, 3L, 6L), seen);
        assertEquals(7, o.steps());
        assertTrue(o.structure().hasForces() && o.structure().hasEnergy());
    }

    @Test
    void badInputIsRefused() {
        Structure d = dimer(29, 2.5);
        assertEquals("relaxation: fmax: expected a positive force in eV/Å, found 0.0",
            assertThrows(InputException.class, () -> new Fire(EMT, d).run(0, 10)).getMessage());
        assertEquals("relaxation: max steps: expected a count ≥ 0, found -1",
            assertThrows(InputException.class, () -> new Bfgs(EMT, d).run(0.01, -1)).getMessage());
        assertEquals("BFGS: maxstep: expected a positive length in Å, found -0.2",
            assertThrows(InputException.class, () -> new Bfgs(EMT, d, -0.2, 70)).getMessage());
        assertEquals("FIRE: dt: expected a positive number, found NaN",
            assertThrows(InputException.class, () -> new Fire(EMT, d, 0.2, Double.NaN, 1)).getMessage());
        assertEquals("relaxation: structure: expected at least one atom, found none",
            assertThrows(InputException.class, () -> new Fire(EMT, Structure.molecule(new int[0],
                new double[0]))).getMessage());
        assertThrows(InputException.class, () -> new Fire(EMT, Structure.molecule(new int[] {26},
            new double[3])), "EMT has no Fe");
    }

    @Test
    void jacobiEigenpairsReconstructTheMatrix() {
        Random r = new Random(1);
        int n = 9;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = a[j * n + i] = r.nextGaussian();
            }
        }
        double[] v = new double[n * n];
        double[] w = Eigen.symmetric(a, n, v);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0, o = 0;
                for (int k = 0; k < n; k++) {
                    s += v[i * n + k] * w[k] * v[j * n + k];
                    o += v[k * n + i] * v[k * n + j];
                }
                assertEquals(a[i * n + j], s, 1e-12);
                assertEquals(i == j ? 1 : 0, o, 1e-12);
            }
        }
    }

    static double[] distances(Structure s) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                d.add(distance(s, i, j));
            }
        }
        return d.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static Structure rattle(Structure s, double amount, long seed) {
        Random r = new Random(seed);
        double[] p = s.positions();
        for (int k = 0; k < p.length; k++) {
            p[k] += amount * r.nextGaussian();
        }
        return s.withPositions(p);
    }

    /** fcc Cu, n×n×n conventional cells of a = 3.61 Å, periodic. */
    static Structure copper(int n) {
        double a = 3.61;
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        double[] r = new double[12 * n * n * n];
        int[] z = new int[4 * n * n * n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    for (double[] b : basis) {
                        r[3 * c] = (i + b[0]) * a;
                        r[3 * c + 1] = (j + b[1]) * a;
                        r[3 * c + 2] = (k + b[2]) * a;
                        z[c++] = 29;
                    }
                }
            }
        }
        return Structure.of(z, r, Cell.orthorhombic(n * a, n * a, n * a));
    }
}
