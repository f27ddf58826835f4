package org.cemt.refpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The chain rule of {@link ReferencePointSet} against central differences of sets rebuilt from displaced atoms:
 * for G(R) = Σ_i w_i(R)·φ(X_i(R)) with a smooth test field φ, dG/dR = chainToAtoms(w∇φ) + weightGradient(φ);
 * pointVelocities against dX/dt; weightStrain against a strained cell.
 */
class ChainRuleTest {
    private static final double H = 1e-5;

    /** φ(X) = Σ_k sin(q_k·X + p_k), a smooth field with non-zero gradient everywhere relevant. */
    static double phi(double x, double y, double z, double[] grad) {
        double v = Math.sin(0.7 * x - 0.4 * y + 0.3 * z + 0.2) + Math.cos(0.5 * x + 0.9 * y - 0.6 * z);
        if (grad != null) {
            double c = Math.cos(0.7 * x - 0.4 * y + 0.3 * z + 0.2), s = -Math.sin(0.5 * x + 0.9 * y - 0.6 * z);
            grad[0] = 0.7 * c + 0.5 * s;
            grad[1] = -0.4 * c + 0.9 * s;
            grad[2] = 0.3 * c - 0.6 * s;
        }
        return v;
    }

    static double sum(ReferencePointSet r) {
        double g = 0;
        for (int i = 0; i < r.size(); i++) {
            g += r.weight(i) * phi(r.point(i, 0), r.point(i, 1), r.point(i, 2), null);
        }
        return g;
    }

    static double[] analytic(ReferencePointSet r) {
        double[] gp = new double[3 * r.size()];
        double[] val = new double[r.size()];
        double[] g = new double[3];
        for (int i = 0; i < r.size(); i++) {
            val[i] = phi(r.point(i, 0), r.point(i, 1), r.point(i, 2), g);
            for (int a = 0; a < 3; a++) {
                gp[3 * i + a] = r.weight(i) * g[a];
            }
        }
        double[] out = r.chainToAtoms(gp, new double[3 * r.atoms()]);
        return r.weightGradient(val, out);
    }

    static void checkForces(RefPointSpec spec, Structure s, double tol) {
        double[] an = analytic(spec.build(s));
        double[] r = s.positions();
        double max = 0;
        for (int k = 0; k < r.length; k++) {
            double[] p = r.clone(), m = r.clone();
            p[k] += H;
            m[k] -= H;
            double fd = (sum(spec.build(s.withPositions(p))) - sum(spec.build(s.withPositions(m)))) / (2 * H);
            assertEquals(fd, an[k], tol, spec + " on " + s + ": coordinate " + k);
            max = Math.max(max, Math.abs(an[k]));
        }
        assertTrue(max > 1e-3, spec + ": gradient not trivially zero, max " + max);
    }

    @Test
    void gradientsThroughMovingPointsMatchCentralDifferences() {
        checkForces(RefPointSpec.atoms(), Molecules.aspirin(), 1e-8);
        checkForces(RefPointSpec.heavy(), Molecules.aspirin(), 1e-8);
        checkForces(RefPointSpec.bonds(), Molecules.aspirin(), 1e-8);
        checkForces(RefPointSpec.bonds(2.4), Molecules.triclinic(), 1e-8);
        checkForces(RefPointSpec.bonds(2.4), Molecules.slab(), 1e-8);
        checkForces(RefPointSpec.custom(CustomPoints.of(new double[] {0.3, 0.1, -0.2, 1, 1, 1},
            new double[] {0.7, 1.3}, new int[] {2, -1})), Molecules.water(), 1e-8);
    }

    @Test
    void smoothBondWeightsHaveExactGradientsInsideTheSwitchingRegion() {
        // water's H···H (1.514 Å) lies in the switch 1.2 … 1.8 Å; the O–H bonds are at full weight
        RefPointSpec spec = RefPointSpec.parse("bonds:1.8:smooth=0.6");
        ReferencePointSet b = spec.build(Molecules.water());
        assertEquals(3, b.size());
        assertTrue(b.hasWeightDerivatives());
        checkForces(spec, Molecules.water(), 1e-8);
        checkForces(spec.withCutoff(2.4).withSmoothing(0.8), Molecules.triclinic(), 1e-8);
    }

    @Test
    void smoothGridWeightsHaveExactGradientsForMoleculeCellAndSlab() {
        checkForces(RefPointSpec.parse("grid:0.4:2.5:smooth=1.0"), Molecules.water(), 1e-7);
        checkForces(RefPointSpec.parse("grid:0.5:1.6:smooth=0.8"), Molecules.triclinic(), 1e-7);
        checkForces(RefPointSpec.parse("grid:0.5:2.5:smooth=1.0"), Molecules.slab(), 1e-7);
    }

    @Test
    void smoothBondWeightIsContinuousAcrossTheSwitchingRegionAndTheCutoff() {
        // a dimer stretched through the switch (1.4 … 2.0 Å) and past the cutoff: w(r) and dw/dr continuous
        RefPointSpec spec = RefPointSpec.parse("bonds:2.0:smooth=0.6");
        double prevW = 1, prevG = 0;
        for (double r = 1.30; r <= 2.10; r += 0.001) {
            Structure d = Structure.molecule(new int[] {6, 6}, new double[] {0, 0, 0, 0, 0, r});
            ReferencePointSet b = spec.build(d);
            double w = b.size() == 0 ? 0 : b.weight(0);
            double g = b.size() == 0 ? 0 : b.weightGradient(new double[] {1}, new double[6])[5];
            assertEquals(prevW, w, 0.0035, "w jumps at r = " + r); // max slope 1.875/0.6 Å⁻¹ × 1 mÅ ≈ 0.0031
            assertEquals(prevG, g, 0.02, "dw/dr jumps at r = " + r); // max s″ 5.8/0.36 Å⁻² × 1 mÅ
            prevW = w;
            prevG = g;
        }
        assertEquals(0, prevW);
    }

    @Test
    void smoothGridTotalWeightIsContinuousWhenAnAtomMovesPointsAcrossTheCut() {
        // one atom swept along x by one spacing: hard grid weight jumps as points cross 3 Å, smooth does not
        RefPointSpec hard = RefPointSpec.grid(0.3, 3.0), smooth = RefPointSpec.parse("grid:0.3:3.0:smooth=0.6");
        double maxHardJump = 0, maxSmoothJump = 0, prevH = Double.NaN, prevS = Double.NaN;
        for (int t = 0; t <= 60; t++) {
            Structure a = Structure.molecule(new int[] {6}, new double[] {0.005 * t, 0.01, 0.02});
            double wh = hard.build(a).totalWeight(), ws = smooth.build(a).totalWeight();
            if (t > 0) {
                maxHardJump = Math.max(maxHardJump, Math.abs(wh - prevH));
                maxSmoothJump = Math.max(maxSmoothJump, Math.abs(ws - prevS));
            }
            prevH = wh;
            prevS = ws;
        }
        assertTrue(maxHardJump > 0.027, "hard grid gains/loses whole voxels: " + maxHardJump);
        assertTrue(maxSmoothJump < 0.01 * maxHardJump, "smooth jump " + maxSmoothJump + " vs " + maxHardJump);
    }

    @Test
    void pointVelocitiesMatchTheRateOfChangeOfRebuiltPoints() {
        for (Structure s : new Structure[] {Molecules.aspirin(), Molecules.triclinic()}) {
            RefPointSpec spec = RefPointSpec.parse("atoms+bonds:2.4");
            ReferencePointSet r = spec.build(s);
            double[] v = new double[3 * s.size()];
            SplittableRandom rnd = new SplittableRandom(5);
            for (int k = 0; k < v.length; k++) {
                v[k] = rnd.nextDouble() - 0.5;
            }
            double[] u = r.pointVelocities(v, new double[3 * r.size()]);
            ReferencePointSet p = spec.build(s.withPositions(axpy(s.positions(), v, H)));
            ReferencePointSet m = spec.build(s.withPositions(axpy(s.positions(), v, -H)));
            for (int i = 0; i < r.size(); i++) {
                for (int a = 0; a < 3; a++) {
                    assertEquals((p.point(i, a) - m.point(i, a)) / (2 * H), u[3 * i + a], 1e-8);
                }
            }
        }
    }

    @Test
    void weightStrainMatchesAStrainedCell() {
        // d/dε of Σ_i w_i under x → (1+ε)x for atoms and cell: smooth bonds, smooth grid (with the V scaling)
        for (String text : new String[] {"bonds:2.4:smooth=0.8", "grid:0.5:1.6:smooth=0.8"}) {
            RefPointSpec spec = RefPointSpec.parse(text);
            Structure s = Molecules.triclinic();
            ReferencePointSet r = spec.build(s);
            double[] ones = new double[r.size()];
            java.util.Arrays.fill(ones, 1);
            double[] an = r.weightStrain(ones, new double[9]);
            double max = 0;
            for (int ab = 0; ab < 9; ab++) {
                double fd = (spec.build(strained(s, ab, H)).totalWeight()
                    - spec.build(strained(s, ab, -H)).totalWeight()) / (2 * H);
                assertEquals(fd, an[ab], 1e-6 * Math.max(1, Math.abs(fd)), text + " component " + ab);
                max = Math.max(max, Math.abs(an[ab]));
            }
            assertTrue(max > 1e-2, text + ": strain derivative not trivially zero");
        }
    }

    /** s with atoms and cell mapped by I + e·E_ab (E_ab the unit matrix with 1 at row a, column b). */
    static Structure strained(Structure s, int ab, double e) {
        int a = ab / 3, b = ab % 3;
        double[] r = s.positions();
        for (int i = 0; i < s.size(); i++) {
            r[3 * i + a] += e * s.position(i, b);
        }
        double[] c = s.cell().rows();
        for (int k = 0; k < 3; k++) {
            c[3 * k + a] += e * s.cell().vector(k, b);
        }
        return Structure.of(s.numbers(), r, Cell.of(c, s.cell().pbc()));
    }

    private static double[] axpy(double[] x, double[] v, double a) {
        double[] out = x.clone();
        for (int k = 0; k < x.length; k++) {
            out[k] += a * v[k];
        }
        return out;
    }
}
