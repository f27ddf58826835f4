package org.cemt.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.structure.io.ExtXyz;
import org.cemt.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** EMT against ASE 3.22.1's EMT() and against itself: finite differences, strain, invariances. */
class EmtTest {
    private final Emt emt = new Emt();

    /** The five structures of shared/reference/emt with ASE's energy and forces. */
    private static List<Structure> reference() {
        return ExtXyz.read(SharedData.path("reference/emt/emt-reference.extxyz"));
    }

    @Test
    void matchesAseOnEveryReferenceStructure() {
        List<Structure> frames = reference();
        assertEquals(5, frames.size());
        for (Structure s : frames) {
            Calculation c = emt.calculate(s);
            assertEquals(s.energy(), c.energy(), 1e-6, s.formula() + " energy");
            double[] f = s.forces();
            for (int k = 0; k < f.length; k++) {
                assertEquals(f[k], c.forces()[k], 1e-6, s.formula() + " force component " + k);
            }
        }
    }

    /** ASE values computed with python3-ase 3.22.1 (benchmarks/ase_emt_reference.py prints them). */
    @Test
    void matchesAseStressOnAlloyInTriclinicCell() {
        Calculation c = emt.calculate(triclinicAlloy());
        assertEquals(1.0711008339148052, c.energy(), 1e-9);
        double[] f = {-0.3332701084044515, 0.5542976081734722, -0.35221645791844836, 0.517215476918796,
            -0.42908771593115913, -0.03532899790699032, -0.07214800136518679, -0.11951834038872527,
            0.22472857538890534, -0.11179736714916023, -0.005691551853582906, 0.16281688043655373};
        for (int k = 0; k < f.length; k++) {
            assertEquals(f[k], c.forces()[k], 1e-9, "force " + k);
        }
        // ASE Voigt order xx yy zz yz xz xy, eV/Å³
        double[] voigt = {0.09911560540330284, 0.10450957260474596, 0.11150741078847988, 0.00793147542210378,
            0.006699606340622536, 0.019841161363828706};
        assertStressEquals(voigt, c.stress(), 1e-10);
    }

    @Test
    void matchesAseInCellSmallerThanCutoff() {
        // one Cu atom in the fcc primitive cell, a = 3.61 Å: every neighbour is an image of itself
        double h = 3.61 / 2;
        Structure cu = Structure.of(new int[] {29}, new double[3], Cell.periodic(new double[] {0, h, h, h, 0, h,
            h, h, 0}));
        Calculation c = emt.calculate(cu);
        assertEquals(-0.005681511358588409, c.energy(), 1e-10);
        assertStressEquals(new double[] {0.013619265229934093, 0.013619265229934827, 0.013619265229935172, 0, 0, 0},
            c.stress(), 1e-10);
        assertEquals(0, c.force(0, 0), 1e-12);
    }

    @Test
    void matchesAseInMonolayerWithoutThirdVector() {
        // a square Cu monolayer, periodic in x and y only, the third lattice vector zero (ASE 3.22.1: 0.944037733043781)
        Structure layer = Structure.of(new int[] {29}, new double[3],
            Cell.of(new double[] {2.5, 0, 0, 0, 2.5, 0, 0, 0, 0}, new boolean[] {true, true, false}));
        Calculation c = emt.calculate(layer);
        assertEquals(0.944037733043781, c.energy(), 1e-10);
        assertFalse(c.hasStress());
    }

    @Test
    void freeAtomEnergyIsMinusE0() {
        Structure au = Structure.molecule(new int[] {79}, new double[3]);
        assertEquals(3.80, emt.calculate(au).energy(), 1e-15);
        assertFalse(emt.calculate(au).hasStress());
    }

    @Test
    void forcesMatchCentralDifferences() {
        for (Structure s : reference()) {
            assertForcesMatchDifferences(s);
        }
        assertForcesMatchDifferences(triclinicAlloy());
    }

    private void assertForcesMatchDifferences(Structure s) {
        double h = 1e-5;
        double[] f = emt.calculate(s).forces();
        double[] r = s.positions();
        double largest = 0;
        for (int k = 0; k < r.length; k++) {
            double[] plus = r.clone(), minus = r.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = -(emt.calculate(s.withPositions(plus)).energy()
                - emt.calculate(s.withPositions(minus)).energy()) / (2 * h);
            assertEquals(fd, f[k], 2e-6, s.formula() + " component " + k);
            largest = Math.max(largest, Math.abs(f[k]));
        }
        assertTrue(largest > 0.1, s.formula() + ": forces are not trivially zero");
    }

    @Test
    void stressMatchesStrainDerivative() {
        Structure s = triclinicAlloy();
        double[] stress = emt.calculate(s).stress();
        double volume = Math.abs(s.cell().volume());
        double h = 1e-6;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double fd = (emt.calculate(strained(s, a, b, h)).energy()
                    - emt.calculate(strained(s, a, b, -h)).energy()) / (2 * h) / volume;
                assertEquals(fd, stress[3 * a + b], 1e-7, "stress " + a + b);
            }
        }
        assertTrue(Math.abs(stress[0]) > 0.05, "stress is not trivially zero");
    }

    /** Positions and lattice vectors mapped by (1 + ε), ε symmetric with ε_ab = ε_ba = e/2 (or e on the diagonal). */
    private static Structure strained(Structure s, int a, int b, double e) {
        double[] eps = new double[9];
        eps[3 * a + b] += a == b ? e : e / 2;
        eps[3 * b + a] += a == b ? 0 : e / 2;
        double[] r = transform(s.positions(), eps);
        double[] rows = transform(s.cell().rows(), eps);
        return s.toBuilder().cell(Cell.of(rows, s.cell().pbc())).build().withPositions(r);
    }

    private static double[] transform(double[] v, double[] eps) {
        double[] out = v.clone();
        for (int i = 0; i < v.length / 3; i++) {
            for (int x = 0; x < 3; x++) {
                for (int y = 0; y < 3; y++) {
                    out[3 * i + x] += eps[3 * x + y] * v[3 * i + y];
                }
            }
        }
        return out;
    }

    @Test
    void invariantUnderTranslationRotationPermutationAndLatticeShift() {
        List<Structure> frames = reference();
        Structure cluster = frames.get(0);
        Calculation c0 = emt.calculate(cluster);
        Random rng = new Random(7);
        double[] rot = rotation(rng.nextDouble(), rng.nextDouble(), rng.nextDouble());
        double[] moved = rotate(cluster.positions(), rot);
        for (int i = 0; i < moved.length; i++) {
            moved[i] += 10.3 * (i % 3 + 1);
        }
        Calculation c1 = emt.calculate(cluster.withPositions(moved));
        assertEquals(c0.energy(), c1.energy(), 1e-12);
        double[] rotatedForces = rotate(c0.forces(), rot);
        for (int k = 0; k < moved.length; k++) {
            assertEquals(rotatedForces[k], c1.forces()[k], 1e-11);
        }
        int[] perm = {3, 0, 5, 1, 4, 2};
        Calculation c2 = emt.calculate(cluster.select(perm));
        assertEquals(c0.energy(), c2.energy(), 1e-12);
        for (int i = 0; i < perm.length; i++) {
            assertEquals(c0.force(perm[i], 1), c2.force(i, 1), 1e-12);
        }
        // a periodic atom moved by a lattice vector is the same crystal
        Structure tri = triclinicAlloy();
        double[] r = tri.positions();
        for (int k = 0; k < 3; k++) {
            r[3 * 2 + k] += tri.cell().vector(1, k) - 2 * tri.cell().vector(2, k);
        }
        Calculation t0 = emt.calculate(tri), t1 = emt.calculate(tri.withPositions(r));
        assertEquals(t0.energy(), t1.energy(), 1e-12);
        for (int k = 0; k < r.length; k++) {
            assertEquals(t0.forces()[k], t1.forces()[k], 1e-12);
        }
    }

    @Test
    void rejectsElementsWithoutParameters() {
        Structure fe = Structure.molecule(new int[] {29, 26}, new double[] {0, 0, 0, 2.5, 0, 0});
        InputException e = assertThrows(InputException.class, () -> emt.calculate(fe));
        assertEquals("EMT: atom 1: expected one of Al Cu Ag Au Ni Pd Pt H C N O, found Fe", e.getMessage());
    }

    /** Au, Pt, Cu, Ni on a distorted fcc basis in a triclinic cell (the same as in the ASE script). */
    static Structure triclinicAlloy() {
        double[] cell = {4.0, 0.3, 0.1, 0.2, 4.2, -0.1, 0.1, 0.4, 3.9};
        double[] frac = {0.01, -0.02, 0.03, 0.485, 0.52, 0.0, 0.5, 0.01, 0.48, 0.02, 0.5, 0.51};
        double[] r = new double[12];
        for (int i = 0; i < 4; i++) {
            for (int x = 0; x < 3; x++) {
                for (int k = 0; k < 3; k++) {
                    r[3 * i + x] += frac[3 * i + k] * cell[3 * k + x];
                }
            }
        }
        return Structure.of(new int[] {79, 78, 29, 28}, r, Cell.periodic(cell));
    }

    private static double[] rotate(double[] v, double[] rot) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length / 3; i++) {
            for (int x = 0; x < 3; x++) {
                for (int y = 0; y < 3; y++) {
                    out[3 * i + x] += rot[3 * x + y] * v[3 * i + y];
                }
            }
        }
        return out;
    }

    private static double[] rotation(double a, double b, double c) {
        double ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cc = Math.cos(c);
        double sc = Math.sin(c);
        return new double[] {cb * cc, -cb * sc, sb, sa * sb * cc + ca * sc, -sa * sb * sc + ca * cc, -sa * cb,
            -ca * sb * cc + sa * sc, ca * sb * sc + sa * cc, ca * cb};
    }

    /** ASE Voigt (xx yy zz yz xz xy) against a 3×3 row-major stress. */
    private static void assertStressEquals(double[] voigt, double[] s, double tol) {
        int[][] idx = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
        for (int v = 0; v < 6; v++) {
            assertEquals(voigt[v], s[3 * idx[v][0] + idx[v][1]], tol, "stress Voigt " + v);
            assertEquals(voigt[v], s[3 * idx[v][1] + idx[v][0]], tol, "stress Voigt " + v + " (transpose)");
        }
    }
}
