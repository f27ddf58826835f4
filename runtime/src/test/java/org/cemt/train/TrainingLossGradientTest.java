package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.cemt.model.BatchMode;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.model.Snn;
import org.cemt.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact gradient of the full loss (GMP paper Eq. 5: energy + β/(3N) Σ force terms) w.r.t. network parameters
 * against central differences, float64, with and without batch normalisation, squared and absolute errors, in both
 * force modes (cached Jacobian and matrix-free recompute). Points: atoms and smooth bond centres, so the chain
 * through moving points and through position-dependent weights is exercised.
 */
class TrainingLossGradientTest {
    static final String SPEC = "model < refPoints = atoms + weighted(bondCentres(1.3, smooth = 0.4), 0.5) ; "
        + "gmp(orders = [-1, 0, 1, 2], sigmas = [0.3, 0.7]) ; snn(6, 5, activation = %s, batchNorm = %s) >";

    @ParameterizedTest
    @CsvSource({"false, tanh, SQUARED, true", "true, gelu, SQUARED, true", "false, gelu, ABSOLUTE, false",
        "true, tanh, SQUARED, false"})
    void lossGradientMatchesCentralDifferences(boolean batchNorm, String activation, TrainingSpec.Loss loss,
                                              boolean cached) {
        ModelSpec spec = ModelSpec.parse(String.format(SPEC, activation, batchNorm));
        List<Structure> data = TrainingFixtures.molecules(4, 7);
        TrainingSpec ts = TrainingSpec.builder().forceCoefficient(0.7).loss(loss).perAtomEnergy(loss
            == TrainingSpec.Loss.ABSOLUTE).memoryBudget(cached ? 1L << 30 : 0).threads(2).build();
        Dataset d = Dataset.build(data, spec, new boolean[4], true, Precision.FLOAT64, ts.memoryBudget(), 2);
        assertEquals(cached ? Dataset.Mode.CACHED : Dataset.Mode.RECOMPUTE, d.mode());
        List<Sample> batch = d.trainingSamples(new int[] {0, 1, 2, 3});
        assertTrue(batch.get(0).points.hasWeightDerivatives());
        Scaling sc = Scaling.fit(batch, batch);
        ForkJoinPool pool = new ForkJoinPool(2);
        TrainingLoss l = new TrainingLoss(ts, sc, pool);
        Snn net = Snn.create(spec.architecture(), Precision.FLOAT64, 11, 1);
        double[] theta = net.parameters();
        double[] grad = new double[theta.length];
        TrainingLoss.Result r0 = l.evaluate(net, batch, BatchMode.TRAIN, grad, false);
        assertTrue(r0.forceLoss() > 0.05 * r0.loss(), "force term matters: " + r0);
        double[][] stats = batchNorm ? new double[][] {r0.mean(), r0.variance()} : null;
        int[] probe = {0, 7, 20, theta.length / 2, theta.length - 7, theta.length - 1};
        for (int q : probe) {
            double h = 1e-5;
            double[] tp = theta.clone();
            tp[q] += h;
            net.setParameters(tp);
            double lp = l.evaluate(net, batch, BatchMode.TRAIN, null, false, stats).loss();
            tp[q] -= 2 * h;
            net.setParameters(tp);
            double lm = l.evaluate(net, batch, BatchMode.TRAIN, null, false, stats).loss();
            double fd = (lp - lm) / (2 * h);
            assertEquals(fd, grad[q], 1e-6 * Math.max(1, Math.abs(fd)), "parameter " + q);
        }
        double norm = 0;
        for (double v : grad) {
            norm += v * v;
        }
        assertTrue(Math.sqrt(norm) > 1e-3, "gradient not trivially zero");
        pool.shutdown();
    }
}
