package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cemt.gmp.Featurizer;
import org.cemt.gmp.GmpSpec;
import org.cemt.refpoint.CustomPoints;
import org.cemt.refpoint.Molecules;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The CEMT energy with real GMP features (orders −1..2, σ 0.3 and 0.6 Å, NC-SR densities) and a quadratic point
 * model: forces against central differences for atom, bond-centre and grid sets, hard and smooth, molecule, cell
 * and slab; stress against the central strain difference of the energy over the volume on a rattled triclinic
 * Cu/Au/O cell; the grid's translation breaking measured with and without augmentation.
 */
class CemtEnergyGmpTest {
    static final Featurizer GMP = Featurizer.of(GmpSpec.builder().orders(-1, 0, 1, 2).sigmas(0.3, 0.6).build());
    static final int F = GMP.layout().size();
    static final PointModel MODEL = model();
    private static final double H = 1e-5;

    static PointModel model() {
        double[] a = new double[F], q = new double[F];
        for (int k = 0; k < F; k++) {
            a[k] = 0.3 * Math.sin(k + 1);
            q[k] = 0.2 * Math.cos(2 * k + 1);
        }
        return new QuadraticPointModel(0.05, a, q);
    }

    static CemtResult run(RefPointSpec spec, Structure s, CemtEnergy.Want... want) {
        ReferencePointSet p = spec.build(s);
        return CemtEnergy.evaluate(s, p, GMP.compute(s, p.points()), MODEL, CemtEnergyTest.BIAS, want);
    }

    static void checkForces(String set, Structure s) {
        RefPointSpec spec = RefPointSpec.parse(set);
        double[] f = run(spec, s, CemtEnergy.Want.FORCES).forces();
        double[] r = s.positions();
        double max = 0;
        for (int k = 0; k < r.length; k++) {
            double[] p = r.clone(), m = r.clone();
            p[k] += H;
            m[k] -= H;
            double fd = -(run(spec, s.withPositions(p)).energy() - run(spec, s.withPositions(m)).energy()) / (2 * H);
            assertEquals(fd, f[k], 2e-6 * Math.max(1, Math.abs(fd)), set + " on " + s + ": coordinate " + k);
            max = Math.max(max, Math.abs(f[k]));
        }
        assertTrue(max > 1e-2, set + ": forces not trivially zero, max " + max);
    }

    /** Water moved off the grid lattice, so no grid point sits on the cut. */
    static Structure water() {
        Structure w = Molecules.water();
        double[] r = w.positions();
        for (int k = 0; k < r.length; k++) {
            r[k] += 0.013 + 0.004 * (k % 3);
        }
        return w.withPositions(r);
    }

    @Test
    void forcesMatchCentralDifferencesWithGmpFeatures() {
        checkForces("atoms", water());
        checkForces("heavy+0.5*bonds", water());
        checkForces("bonds:1.8:smooth=0.6", water());
        checkForces("grid:0.5:2.0", water());
        checkForces("grid:0.5:2.0:smooth=0.8", water());
        checkForces("atoms+bonds:2.4:smooth=0.8", Molecules.triclinic());
        checkForces("grid:0.8:3.0", Molecules.triclinic());
        checkForces("atoms+bonds:2.4", Molecules.slab());
        checkForces("grid:0.8:2.0:smooth=0.8", Molecules.slab());
    }

    /** Cu, Au, O, O on fcc-like sites of a triclinic cell, rattled (fixed seed) so no symmetry zeroes the stress. */
    static Structure rattledCell() {
        double[] rows = {3.7, 0.0, 0.0, 0.8, 3.5, 0.0, -0.5, 0.6, 3.9};
        double[][] frac = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        SplittableRandom rnd = new SplittableRandom(17);
        double[] r = new double[12];
        for (int i = 0; i < 4; i++) {
            for (int a = 0; a < 3; a++) {
                r[3 * i + a] = frac[i][0] * rows[a] + frac[i][1] * rows[3 + a] + frac[i][2] * rows[6 + a]
                    + 0.15 * (2 * rnd.nextDouble() - 1);
            }
        }
        return Structure.of(new int[] {29, 79, 8, 8}, r, Cell.periodic(rows));
    }

    /** ASE's convention (CemtResult): σ = (1/V)·dE/dε, atoms, lattice vectors and points strained together. */
    @Test
    void stressIsTheStrainDerivativeOverTheVolumeWithGmpFeatures() {
        Structure s = rattledCell();
        double v = Math.abs(s.cell().volume());
        for (String set : new String[] {"atoms", "atoms+0.5*bonds:2.6", "bonds:2.6:smooth=0.8", "grid:0.7:3.0",
            "grid:0.6:1.4:smooth=0.6"}) {
            RefPointSpec spec = RefPointSpec.parse(set);
            double[] sigma = run(spec, s, CemtEnergy.Want.STRESS).stress();
            double max = 0;
            for (int ab = 0; ab < 9; ab++) {
                double fd = (run(spec, CemtEnergyTest.strained(s, ab, H)).energy()
                    - run(spec, CemtEnergyTest.strained(s, ab, -H)).energy()) / (2 * H) / v;
                assertEquals(fd, sigma[ab], 1e-7 * Math.max(1, Math.abs(fd)), set + ": component " + ab);
                max = Math.max(max, Math.abs(sigma[ab]));
            }
            assertTrue(max > 1e-3, set + ": stress not trivially zero, max " + max);
        }
    }

    /**
     * Custom points in a strained cell: a fixed point stays where it is, an attached one sits at the strained atom
     * plus its unstrained offset (CustomPoints), so the stress carries −Σ_i (∂E/∂X_i) ⊗ c_i beyond the affine
     * strain product. Checked against the central strain difference for fixed, attached, mixed and union sets, and
     * shown to differ from the affine answer (points strained with the cell) by far more than the tolerance.
     */
    @Test
    void stressWithCustomPointsFixedInSpaceOrAttachedToAtoms() {
        Structure s = rattledCell();
        double v = Math.abs(s.cell().volume());
        RefPointSpec fixed = RefPointSpec.custom(CustomPoints.of(new double[] {0.4, 0.9, 1.3, 2.1, 1.7, 0.6,
            -0.3, 2.8, 2.2}, new double[] {0.7, 1.3, 0.9}, null));
        RefPointSpec attached = RefPointSpec.custom(CustomPoints.of(new double[] {0.6, -0.2, 0.3, -0.4, 0.5, 0.7},
            new double[] {1.1, 0.6}, new int[] {0, 2}));
        RefPointSpec mixed = RefPointSpec.custom(CustomPoints.of(new double[] {1.5, 1.2, 2.9, 0.5, 0.4, -0.6},
            new double[] {0.8, 1.2}, new int[] {-1, 1}));
        RefPointSpec[] specs = {fixed, attached, mixed, RefPointSpec.union(RefPointSpec.atoms(), mixed.weighted(0.5),
            RefPointSpec.parse("grid:0.7:3.0"))};
        double affineGap = 0;
        for (RefPointSpec spec : specs) {
            double[] sigma = run(spec, s, CemtEnergy.Want.STRESS).stress();
            double max = 0;
            for (int ab = 0; ab < 9; ab++) {
                double fd = (run(spec, CemtEnergyTest.strained(s, ab, H)).energy()
                    - run(spec, CemtEnergyTest.strained(s, ab, -H)).energy()) / (2 * H) / v;
                assertEquals(fd, sigma[ab], 1e-7 * Math.max(1, Math.abs(fd)), spec + ": component " + ab);
                max = Math.max(max, Math.abs(sigma[ab]));
                double affine = (affineEnergy(spec, s, ab, H) - affineEnergy(spec, s, ab, -H)) / (2 * H) / v;
                affineGap = Math.max(affineGap, Math.abs(affine - fd));
            }
            assertTrue(max > 1e-3, spec + ": stress not trivially zero, max " + max);
        }
        assertTrue(affineGap > 1e-3, "points strained with the cell give another stress: gap " + affineGap);
    }

    /** Energy of s strained by e·E_ab with every point, custom ones too, mapped affinely by I + e·E_ab. */
    private static double affineEnergy(RefPointSpec spec, Structure s, int ab, double e) {
        int a = ab / 3, b = ab % 3;
        ReferencePointSet p = spec.build(s);
        double[] x = p.points();
        for (int i = 0; i < p.size(); i++) {
            x[3 * i + a] += e * p.point(i, b);
        }
        Structure t = CemtEnergyTest.strained(s, ab, e);
        return CemtEnergy.evaluate(t, spec.build(t), GMP.compute(t, x), MODEL, CemtEnergyTest.BIAS).energy();
    }

    @Test
    void gridBreaksTranslationInvarianceLessWithAugmentationAndSmoothWeights() {
        Structure w = Molecules.water();
        String[] sets = {"grid:0.3:2.0", "grid-aug:0.3:2.0", "grid:0.3:2.0:smooth=0.8", "grid-aug:0.3:2.0:smooth=0.8",
            "atoms"};
        double[] spread = new double[sets.length];
        for (int k = 0; k < sets.length; k++) {
            RefPointSpec spec = RefPointSpec.parse(sets[k]);
            SplittableRandom rnd = new SplittableRandom(3);
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
            for (int t = 0; t < 6; t++) {
                double[] r = w.positions();
                double dx = 0.3 * rnd.nextDouble(), dy = 0.3 * rnd.nextDouble(), dz = 0.3 * rnd.nextDouble();
                for (int i = 0; i < w.size(); i++) {
                    r[3 * i] += dx;
                    r[3 * i + 1] += dy;
                    r[3 * i + 2] += dz;
                }
                double e = run(spec, w.withPositions(r)).energy();
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
            spread[k] = hi - lo;
        }
        System.out.printf("GMP, water, 6 sub-grid translations, energy spread (eV): grid %.2e, grid-aug %.2e, "
            + "smooth grid %.2e, smooth grid-aug %.2e, atoms %.2e%n", spread[0], spread[1], spread[2], spread[3],
            spread[4]);
        assertTrue(spread[4] < 1e-10, "atom set is translation invariant: " + spread[4]);
        assertTrue(spread[0] > 1e-6, "a lab-frame grid is not: " + spread[0]);
        assertTrue(spread[1] < spread[0], "augmentation " + spread[1] + " vs " + spread[0]);
        assertTrue(spread[3] < spread[2] && spread[2] < spread[0], "smooth " + spread[2] + ", " + spread[3]);
    }
}
