package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cemt.core.InputException;
import org.cemt.model.BatchMode;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.model.Snn;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** The featurised data: modes, what each stores, and that cached and recomputed force training agree. */
class DatasetTest {
    static final ModelSpec SPEC = ModelSpec.parse(String.format(TrainingLossGradientTest.SPEC, "gelu", true));
    static final List<Structure> DATA = TrainingFixtures.molecules(6, 9);

    @Test
    void cachedAndRecomputedForceTrainingGiveTheSameLossAndGradient() {
        Dataset cached = Dataset.build(DATA, SPEC, new boolean[6], true, Precision.FLOAT64, 1L << 30, 2);
        Dataset recompute = Dataset.build(DATA, SPEC, new boolean[6], true, Precision.FLOAT64, 0, 2);
        assertEquals(Dataset.Mode.CACHED, cached.mode());
        assertEquals(Dataset.Mode.RECOMPUTE, recompute.mode());
        assertTrue(recompute.reason().contains("> memory budget 0.0 MiB"), recompute.reason());
        assertTrue(cached.bytes() > recompute.bytes(), "the cache holds the Jacobians");
        int[] all = {0, 1, 2, 3, 4, 5};
        TrainingSpec ts = TrainingSpec.builder().forceCoefficient(0.3).build();
        Scaling sc = Scaling.fit(cached.trainingSamples(all), cached.evaluationSamples(all));
        double[] ga = new double[SPEC.architecture().parameterCount()];
        double[] gb = ga.clone();
        Snn a = Snn.create(SPEC.architecture(), Precision.FLOAT64, 2, 1);
        Snn b = Snn.create(SPEC.architecture(), Precision.FLOAT64, 2, 1);
        TrainingLoss.Result ra = new TrainingLoss(ts, sc, null).evaluate(a, cached.trainingSamples(all),
            BatchMode.TRAIN, ga, false);
        TrainingLoss.Result rb = new TrainingLoss(ts, sc, null).evaluate(b, recompute.trainingSamples(all),
            BatchMode.TRAIN, gb, false);
        assertEquals(ra.loss(), rb.loss(), 1e-12 * ra.loss());
        for (int q = 0; q < ga.length; q++) {
            assertEquals(ga[q], gb[q], 1e-10 * (1 + Math.abs(ga[q])), "parameter " + q);
        }
        for (int s = 0; s < 6; s++) {
            assertArrayEquals(ra.forces()[s], rb.forces()[s], 1e-12);
        }
    }

    @Test
    void float32JacobiansPredictTheSameForcesToFloatPrecision() {
        Dataset d64 = Dataset.build(DATA, SPEC, new boolean[6], true, Precision.FLOAT64, 1L << 30, 1);
        Dataset d32 = Dataset.build(DATA, SPEC, new boolean[6], true, Precision.FLOAT32, 1L << 30, 1);
        assertTrue(d32.evaluation(0).jacobianFloat != null && d32.evaluation(0).jacobian == null);
        int[] all = {0, 1, 2, 3, 4, 5};
        Scaling sc = Scaling.fit(d64.trainingSamples(all), d64.evaluationSamples(all));
        TrainingSpec ts = TrainingSpec.builder().forceCoefficient(0.3).build();
        Snn net = Snn.create(SPEC.architecture(), Precision.FLOAT64, 4, 1);
        double[][] f64 = new TrainingLoss(ts, sc, null).evaluate(net, d64.evaluationSamples(all), BatchMode.EVAL,
            null, true).forces();
        double[][] f32 = new TrainingLoss(ts, sc, null).evaluate(net, d32.evaluationSamples(all), BatchMode.EVAL,
            null, true).forces();
        for (int s = 0; s < 6; s++) {
            for (int k = 0; k < f64[s].length; k++) {
                assertEquals(f64[s][k], f32[s][k], 1e-5 * (1 + Math.abs(f64[s][k])));
            }
        }
    }

    @Test
    void energyOnlyStoresNoDerivativesAndAugmentedGridsGiveEightSamples() {
        Dataset e = Dataset.build(DATA, SPEC, new boolean[6], false, Precision.FLOAT64, 1L << 30, 1);
        assertEquals(Dataset.Mode.ENERGY_ONLY, e.mode());
        assertTrue(e.evaluation(0).jacobian == null && e.evaluation(0).products == null);
        ModelSpec grid = ModelSpec.parse("model < refPoints = gridAug(0.5, 1.5) ; gmp(orders = [0], sigmas = "
            + "[0.5]) ; snn(4) >");
        Dataset g = Dataset.build(DATA.subList(0, 2), grid, new boolean[] {true, false}, false, Precision.FLOAT64,
            0, 1);
        assertEquals(8, g.training(0).size());
        assertEquals(1, g.training(1).size());
        assertTrue(g.evaluation(0).points() > g.training(0).get(0).points(), "the averaged grid has all 8 shifts");
    }

    @Test
    void structuresWithoutLabelsAreRefused() {
        Structure bare = Structure.molecule(new int[] {1, 1}, new double[] {0, 0, 0, 0.74, 0, 0});
        assertEquals("training data: structure 0: energy: expected an energy (eV), found none",
            assertThrows(InputException.class, () -> Dataset.build(List.of(bare), SPEC, new boolean[1], false,
                Precision.FLOAT64, 0, 1)).getMessage());
        Structure noForces = bare.toBuilder().energy(-1).build();
        assertEquals("training data: structure 0: forces: expected forces (eV/Å) for force training, found none",
            assertThrows(InputException.class, () -> Dataset.build(List.of(noForces), SPEC, new boolean[1], true,
                Precision.FLOAT64, 0, 1)).getMessage());
    }
}
