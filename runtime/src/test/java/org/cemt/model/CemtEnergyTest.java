package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cemt.core.InputException;
import org.cemt.refpoint.Molecules;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * E = Σ w_i f(λ_i) + Σ bias (CEMT paper Eq. 2, 5) with exactly differentiable stand-in features and a quadratic
 * point model: forces, stress and ∂E/∂B against central differences for every kind of set, molecule, cell, slab.
 */
class CemtEnergyTest {
    static final double[] ALPHA = {0.5, 1.5, 3.0};
    static final PointModel MODEL = new QuadraticPointModel(0.1, new double[] {-0.7, 0.4, 0.9},
        new double[] {0.3, -0.5, 0.8});
    static final double[] BIAS = bias();
    private static final double H = 1e-5;

    static double[] bias() {
        double[] b = new double[95];
        b[1] = -0.5;
        b[6] = -1.5;
        b[8] = -2.0;
        b[29] = -3.0;
        return b;
    }

    static double[] coefficients(Structure s) {
        double[] b = new double[s.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = 0.5 + 0.1 * s.number(j) % 7 + 0.05 * j;
        }
        return b;
    }

    static CemtResult run(RefPointSpec spec, Structure s, double[] b, CemtEnergy.Want... want) {
        ReferencePointSet p = spec.build(s);
        return CemtEnergy.evaluate(s, p, new GaussianTestFeatures(s, p.points(), ALPHA, 2.0, b), MODEL, BIAS, want);
    }

    static void checkForces(String set, Structure s) {
        RefPointSpec spec = RefPointSpec.parse(set);
        double[] b = coefficients(s);
        double[] f = run(spec, s, b, CemtEnergy.Want.FORCES).forces();
        double[] r = s.positions();
        double max = 0;
        for (int k = 0; k < r.length; k++) {
            double[] p = r.clone(), m = r.clone();
            p[k] += H;
            m[k] -= H;
            double fd = -(run(spec, s.withPositions(p), b).energy() - run(spec, s.withPositions(m), b).energy())
                / (2 * H);
            assertEquals(fd, f[k], 1e-6 * Math.max(1, Math.abs(fd)), set + " on " + s + ": coordinate " + k);
            max = Math.max(max, Math.abs(f[k]));
        }
        assertTrue(max > 1e-2, set + ": forces not trivially zero, max " + max);
    }

    @Test
    void forcesMatchCentralDifferencesForMoleculeSets() {
        checkForces("atoms", Molecules.methane());
        checkForces("heavy+0.5*bonds", Molecules.methane());
        checkForces("bonds:1.8:smooth=0.6", Molecules.water()); // H···H inside the switch
        // water moved off the lattice: with O at the origin a grid point sits exactly on the 2.0 Å cut, and
        // the hard rule's energy jumps there (what the smooth variant removes)
        Structure w = Molecules.water();
        double[] r = w.positions();
        for (int k = 0; k < r.length; k++) {
            r[k] += 0.013 + 0.004 * (k % 3);
        }
        checkForces("grid:0.4:2.0", w.withPositions(r));
        checkForces("grid:0.4:2.0:smooth=0.8", Molecules.water());
    }

    @Test
    void forcesMatchCentralDifferencesInCellsAndSlabs() {
        checkForces("atoms+bonds:2.4", Molecules.triclinic());
        checkForces("bonds:2.4:smooth=0.8", Molecules.triclinic());
        checkForces("grid:0.6:3.0", Molecules.triclinic());
        checkForces("grid:0.6:1.6:smooth=0.8", Molecules.triclinic());
        checkForces("atoms+bonds:2.4", Molecules.slab());
        checkForces("grid:0.6:2.0:smooth=0.8", Molecules.slab());
    }

    @Test
    void stressIsTheStrainDerivativeOverTheVolume() {
        Structure s = Molecules.triclinic();
        double[] b = coefficients(s);
        for (String set : new String[] {"atoms+bonds:2.4:smooth=0.8", "grid:0.6:1.6:smooth=0.8", "grid:0.6:3.0"}) {
            RefPointSpec spec = RefPointSpec.parse(set);
            double[] sigma = run(spec, s, b, CemtEnergy.Want.STRESS).stress();
            double v = Math.abs(s.cell().volume());
            double max = 0;
            for (int ab = 0; ab < 9; ab++) {
                double fd = (run(spec, strained(s, ab, H), b).energy() - run(spec, strained(s, ab, -H), b).energy())
                    / (2 * H) / v;
                assertEquals(fd, sigma[ab], 1e-7 * Math.max(1, Math.abs(fd)), set + ": component " + ab);
                max = Math.max(max, Math.abs(sigma[ab]));
            }
            assertTrue(max > 1e-3, set + ": stress not trivially zero");
        }
        assertEquals("CEMT energy: Structure(OH2): stress: expected a fully periodic cell, found Cell[0.0, 0.0, 0.0, "
            + "0.0, 0.0, 0.0, 0.0, 0.0, 0.0] pbc=[false, false, false]", assertThrows(InputException.class,
                () -> run(RefPointSpec.atoms(), Molecules.water(), coefficients(Molecules.water()),
                    CemtEnergy.Want.STRESS)).getMessage());
    }

    @Test
    void coefficientGradientMatchesCentralDifferences() {
        Structure s = Molecules.methane();
        RefPointSpec spec = RefPointSpec.parse("atoms+bonds");
        double[] b = coefficients(s);
        double[] g = run(spec, s, b, CemtEnergy.Want.COEFFICIENTS).coefficientGradient();
        for (int j = 0; j < b.length; j++) {
            double[] p = b.clone(), m = b.clone();
            p[j] += H;
            m[j] -= H;
            double fd = (run(spec, s, p).energy() - run(spec, s, m).energy()) / (2 * H);
            assertEquals(fd, g[j], 1e-7, "atom " + j);
            assertTrue(Math.abs(g[j]) > 1e-3);
        }
    }

    @Test
    void contributionsSumToTheEnergyLessTheBiases() {
        Structure s = Molecules.aspirin();
        CemtResult r = run(RefPointSpec.parse("grid:0.4:2.0"), s, coefficients(s));
        double sum = 0;
        for (double c : r.contributions()) {
            sum += c;
        }
        double bias = 9 * BIAS[6] + 8 * BIAS[1] + 4 * BIAS[8];
        assertEquals(r.energy(), sum + bias, 1e-9 * Math.abs(r.energy()));
    }

    @Test
    void atomAndBondEnergiesAreInvariantAndTheirNetForceVanishes() {
        Structure s = Molecules.methane();
        double[] b = coefficients(s);
        Structure moved = Structure.molecule(s.numbers(), rotateShift(s.positions()));
        for (String set : new String[] {"atoms", "heavy+bonds", "bonds:1.8:smooth=0.6"}) {
            RefPointSpec spec = RefPointSpec.parse(set);
            CemtResult r = run(spec, s, b, CemtEnergy.Want.FORCES);
            assertEquals(r.energy(), run(spec, moved, b).energy(), 1e-12 * Math.abs(r.energy()), set);
            double[] net = netForce(r.forces());
            assertEquals(0, Math.sqrt(net[0] * net[0] + net[1] * net[1] + net[2] * net[2]), 1e-12, set);
        }
    }

    static double[] netForce(double[] f) {
        double[] n = new double[3];
        for (int k = 0; k < f.length; k++) {
            n[k % 3] += f[k];
        }
        return n;
    }

    private static double[] rotateShift(double[] r) {
        double[] q = Molecules.rotation(0.2, 0.9, -0.4, 2.1);
        double[] out = new double[r.length];
        for (int i = 0; i < r.length / 3; i++) {
            for (int a = 0; a < 3; a++) {
                out[3 * i + a] = q[3 * a] * r[3 * i] + q[3 * a + 1] * r[3 * i + 1] + q[3 * a + 2] * r[3 * i + 2]
                    + 0.37 * (a + 1);
            }
        }
        return out;
    }

    /** s with atoms and cell mapped by I + e·E_ab. */
    static Structure strained(Structure s, int ab, double e) {
        int a = ab / 3, c = ab % 3;
        double[] r = s.positions();
        for (int i = 0; i < s.size(); i++) {
            r[3 * i + a] += e * s.position(i, c);
        }
        double[] rows = s.cell().rows();
        for (int k = 0; k < 3; k++) {
            rows[3 * k + a] += e * s.cell().vector(k, c);
        }
        return Structure.of(s.numbers(), r, Cell.of(rows, s.cell().pbc()));
    }
}
