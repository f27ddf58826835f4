package org.cemt.calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cemt.core.Element;
import org.cemt.md.Velocities;
import org.cemt.md.VelocityVerlet;
import org.cemt.model.CemtModel;
import org.cemt.model.ModelSpec;
import org.cemt.structure.Structure;
import org.cemt.train.Trainer;
import org.cemt.train.TrainingSpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 with trained models: two models are trained on the same EMT water trajectory (ASE's EMT has H and O), one
 * with hard bond centres, one with the smooth switch; then each runs NVE from the same hot start. The hard model's
 * total energy jumps when the H–H pair crosses 2.0 Å, the smooth one's does not. Measured (100 EMT frames, 150
 * epochs, force coefficient 1): largest step-to-step change of the total energy 0.18 eV hard (8 point-count
 * changes in 1,500 steps) vs 8.1e-5 eV smooth (7 crossings); bounds: smooth &lt; 1e-3 eV, hard &gt; 20× smooth.
 */
class TrainedSwitchingNveTest {
    static final double[] MASS = {Element.mass(8), Element.mass(1), Element.mass(1)};

    /** EMT frames of hot water whose H–H distance swings across 2.0 Å (the training data of both models). */
    static List<Structure> emtWater() {
        Emt emt = new Emt();
        double[] v = Velocities.initial(MASS, SwitchingNveTest.START.positions(), 3000, true, null, new Random(4));
        VelocityVerlet md = new VelocityVerlet(emt, SwitchingNveTest.START, v, 0.1);
        List<Structure> frames = new ArrayList<>();
        md.attach(d -> frames.add(d.structure().withEnergyAndForces(d.potentialEnergy(),
            emt.calculate(d.structure()).forces())), 20);
        md.run(2000);
        return frames;
    }

    static CemtModel train(List<Structure> data, String points) {
        ModelSpec spec = ModelSpec.parse("model < refPoints = " + points
            + " ; gmp(orders = [-1, 0, 1, 2], sigmas = [0.3, 0.6, 1.0]) ; snn(16, 8, activation = tanh, "
            + "batchNorm = false) >");
        TrainingSpec ts = TrainingSpec.builder().epochs(150).learningRate(5e-3).cosine().batchSize(10)
            .forceCoefficient(1).seed(1).threads(1).build();
        return Trainer.train(data, spec, ts, null, false, Trainer.SILENT).model();
    }

    /** Largest step-to-step change of E_tot over NVE (0.1 fs), and how often the point count changed. */
    static double[] nve(CemtModel m) {
        double[] v = Velocities.initial(MASS, SwitchingNveTest.START.positions(), 3000, true, null, new Random(4));
        VelocityVerlet md = new VelocityVerlet(new ModelCalculator(m), SwitchingNveTest.START, v, 0.1);
        double[] last = {Double.NaN, 0, -1, 0};
        md.attach(d -> {
            int n = m.spec().refPoints().build(d.structure()).size();
            if (!Double.isNaN(last[0])) {
                last[1] = Math.max(last[1], Math.abs(d.totalEnergy() - last[0]));
                if (n != (int) last[2]) {
                    last[3]++;
                }
            }
            last[0] = d.totalEnergy();
            last[2] = n;
        }, 1);
        md.run(1500);
        return new double[] {last[1], last[3]};
    }

    @Test
    void trainedHardModelJumpsTrainedSmoothModelConserves() {
        List<Structure> data = emtWater();
        double[] hard = nve(train(data, "atoms + bondCentres(2.0)"));
        double[] smooth = nve(train(data, "atoms + bondCentres(2.0, smooth = 0.5)"));
        System.out.printf("trained models, water NVE 0.1 fs: hard max step jump %.3e eV (%d count changes), "
            + "smooth %.3e eV (%d)%n", hard[0], (int) hard[1], smooth[0], (int) smooth[1]);
        assertTrue(hard[1] >= 1 && smooth[1] >= 1, "the H–H pair must cross 2.0 Å in both runs");
        assertTrue(smooth[0] < 1e-3, "smooth model should conserve energy step to step: " + smooth[0]);
        assertTrue(hard[0] > 20 * smooth[0], "hard " + hard[0] + " vs smooth " + smooth[0]);
    }
}
