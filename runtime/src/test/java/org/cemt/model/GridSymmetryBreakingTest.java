package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cemt.refpoint.Molecules;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The grid set is fixed in the lab frame, so it breaks translation invariance (CEMT paper S1.3.1: "the
 * definition of the grid is not unique"). Measured here: the energy spread over sub-grid translations of a
 * molecule, with and without the 8-grid augmentation, and the net force. Features: the exact stand-in of
 * {@link GaussianTestFeatures} (GMP features when merged give the same kind of numbers).
 */
class GridSymmetryBreakingTest {
    @Test
    void augmentationShrinksTheEnergySpreadOverSubGridTranslations() {
        Structure m = Molecules.methane();
        double[] b = CemtEnergyTest.coefficients(m);
        double[] hard = measure(m, b, RefPointSpec.grid(0.3, 2.0), RefPointSpec.gridAugmented(0.3, 2.0));
        double[] smooth = measure(m, b, RefPointSpec.parse("grid:0.3:2.0:smooth=0.8"),
            RefPointSpec.parse("grid-aug:0.3:2.0:smooth=0.8"));
        System.out.printf("grid 0.3 Å, cut 2 Å, methane, 12 random sub-grid translations: energy spread %.3e eV "
            + "plain, %.3e eV augmented; smooth (width 0.8 Å): %.3e plain, %.3e augmented; max |net force| %.3e "
            + "hard, %.3e smooth (max |F| component %.3e)%n", hard[0], hard[1], smooth[0], smooth[1], hard[2],
            smooth[2], hard[3]);
        assertTrue(hard[0] > 0 && hard[1] > 0, "a lab-frame grid is not translation invariant");
        // the hard cut dominates: whole voxels enter and leave; augmentation averages 8 such counts
        assertTrue(hard[1] < 0.75 * hard[0], "augmentation: " + hard[1] + " vs plain " + hard[0]);
        // with smooth weights only the quadrature error is left, and augmentation cancels more of it
        assertTrue(smooth[0] < 0.1 * hard[0], "smooth " + smooth[0] + " vs hard " + hard[0]);
        assertTrue(smooth[1] < 0.5 * smooth[0], "smooth augmented " + smooth[1] + " vs " + smooth[0]);
        assertTrue(hard[2] > 0 && hard[2] < 0.05 * hard[3], "net force " + hard[2] + " vs forces " + hard[3]);
    }

    /** {spread plain, spread augmented, max |net force| plain, max |force component| plain}. */
    private static double[] measure(Structure m, double[] b, RefPointSpec plain, RefPointSpec aug) {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] ePlain = new double[12], eAug = new double[12];
        double maxNet = 0, maxForce = 0;
        for (int t = 0; t < ePlain.length; t++) {
            double[] r = m.positions();
            double dx = 0.3 * rnd.nextDouble(), dy = 0.3 * rnd.nextDouble(), dz = 0.3 * rnd.nextDouble();
            for (int i = 0; i < m.size(); i++) {
                r[3 * i] += dx;
                r[3 * i + 1] += dy;
                r[3 * i + 2] += dz;
            }
            Structure s = m.withPositions(r);
            CemtResult p = CemtEnergyTest.run(plain, s, b, CemtEnergy.Want.FORCES);
            ePlain[t] = p.energy();
            eAug[t] = CemtEnergyTest.run(aug, s, b).energy();
            double[] net = CemtEnergyTest.netForce(p.forces());
            maxNet = Math.max(maxNet, Math.sqrt(net[0] * net[0] + net[1] * net[1] + net[2] * net[2]));
            for (double f : p.forces()) {
                maxForce = Math.max(maxForce, Math.abs(f));
            }
        }
        return new double[] {spread(ePlain), spread(eAug), maxNet, maxForce};
    }

    private static double spread(double[] e) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (double x : e) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }
}
