package org.cemt.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.cemt.core.Element;
import org.cemt.md.Velocities;
import org.cemt.md.VelocityVerlet;
import org.cemt.model.CemtModel;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;
import org.cemt.testkit.TestModels;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's demonstration: with hard bond centres a point appears or vanishes as a bond crosses 2.0 Å and the
 * NVE total energy jumps by that point's contribution; with the smooth switch (width 0.5 Å) the same network
 * conserves energy. Same start, same velocities, same network seed; only the switch differs.
 */
class SwitchingNveTest {
    static final String NET = " ; gmp(orders = [-1, 0, 1, 2], sigmas = [0.3, 0.6]) ; snn(8, 4, activation = tanh) >";

    /** A hot, strained water molecule whose H–H distance crosses 2.0 Å as it bends and stretches. */
    static final Structure START = Structure.molecule(new int[] {8, 1, 1},
        new double[] {0, 0, 0.10, 0, 0.95, -0.45, 0, -0.95, -0.45});

    /** Largest step-to-step change of E_tot, its range, point-count changes, and the H–H point at a crossing. */
    record Run(double maxStepJump, double fluctuation, int crossings, double crossingJump, double hhContribution) {
    }

    static Run run(String points) {
        CemtModel m = TestModels.of("model < refPoints = " + points + NET, 5, 0.7, 0.5);
        double[] mass = {Element.mass(8), Element.mass(1), Element.mass(1)};
        double[] v = Velocities.initial(mass, START.positions(), 3000, true, null, new Random(4));
        VelocityVerlet md = new VelocityVerlet(new ModelCalculator(m), START, v, 0.1);
        int steps = 2000;
        double[] total = new double[steps + 1];
        int[] count = new int[steps + 1];
        Structure[] frames = new Structure[steps + 1];
        md.attach(d -> {
            total[(int) d.steps()] = d.totalEnergy();
            frames[(int) d.steps()] = d.structure();
            count[(int) d.steps()] = m.spec().refPoints().build(frames[(int) d.steps()]).size();
        }, 1);
        md.run(steps);
        double jump = 0, crossingJump = Double.NaN, hh = Double.NaN;
        int crossings = 0;
        for (int k = 1; k <= steps; k++) {
            jump = Math.max(jump, Math.abs(total[k] - total[k - 1]));
            if (count[k] != count[k - 1]) {
                crossings++;
                if (Double.isNaN(crossingJump)) {
                    // the H–H point exists on one side of the crossing; its w·e is what appears or vanishes
                    Structure with = count[k] > count[k - 1] ? frames[k] : frames[k - 1];
                    crossingJump = Math.abs(total[k] - total[k - 1]);
                    hh = Math.abs(hhContribution(m, with));
                }
            }
        }
        return new Run(jump, ModelCalculatorTest.range(total), crossings, crossingJump, hh);
    }

    /** w·e of the bond-centre point between the two H atoms (atoms 1 and 2). */
    static double hhContribution(CemtModel m, Structure s) {
        ReferencePointSet p = m.spec().refPoints().build(s);
        double[] c = new ModelCalculator(m).evaluate(s).contributions();
        for (int i = 0; i < p.size(); i++) {
            if (p.parentCount(i) == 2 && p.parent(i, 0) + p.parent(i, 1) == 3 && p.parent(i, 0) != 0) {
                return c[i];
            }
        }
        throw new AssertionError("no H–H point in " + s);
    }

    /**
     * Water at 3000 K, 0.1 fs, 2000 steps; the H–H pair crosses 2.0 Å twice. Measured: hard, largest step-to-step
     * change of the total energy 0.50 eV (range 0.76 eV); smooth, 5.6e-5 eV (range 2.8e-4 eV). Bounds: hard jump
     * &gt; 0.05 eV, smooth step &lt; 1e-3 eV and range &lt; 2e-3 eV, and a ratio above 100. At the first crossing the
     * hard jump (0.50044 eV) equals the H–H bond point's own contribution w·e (0.50044 eV) to 0.5%.
     */
    @Test
    void hardBondCentresJumpSmoothOnesConserve() {
        Run hard = run("atoms + bondCentres(2.0)");
        Run smooth = run("atoms + bondCentres(2.0, smooth = 0.5)");
        System.out.println("hard " + hard + "\nsmooth " + smooth);
        assertTrue(hard.crossings() >= 2, "bonds must cross 2.0 Å: " + hard);
        assertTrue(smooth.crossings() >= 2, "bonds must cross 2.0 Å: " + smooth);
        assertTrue(hard.maxStepJump() > 0.05, "hard set without an energy jump: " + hard);
        assertTrue(smooth.maxStepJump() < 1e-3 && smooth.fluctuation() < 2e-3, "smooth set jumps: " + smooth);
        assertTrue(hard.maxStepJump() > 100 * smooth.maxStepJump(), hard + " vs " + smooth);
        // the hard jump is the vanishing point's own contribution (to the O(Δt²) noise of the other steps)
        assertEquals(hard.hhContribution(), hard.crossingJump(), 0.005 * hard.hhContribution() + 1e-4, hard.toString());
        assertTrue(smooth.crossingJump() < 1e-3, smooth.toString());
    }
}
