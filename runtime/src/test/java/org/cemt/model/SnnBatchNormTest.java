package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Batch-norm semantics as documented in {@link Snn}: TRAIN normalises over the batch and moves running statistics
 * (PyTorch's momentum and unbiased variance); EVAL uses them and makes f per-point. */
class SnnBatchNormTest {
    private static final int F = 4;

    private static Snn network() {
        return Snn.create(SnnArchitecture.of(F, new int[] {5, 3}, Activation.GELU, true), Precision.FLOAT64, 21, 1);
    }

    @Test
    void trainModeMovesRunningStatisticsLikePyTorch() {
        Snn snn = network();
        int points = 6;
        double[] x = SnnGradientTest.random(points * F, 1, 2.0);
        double[] p = snn.parameters();
        SnnArchitecture a = snn.architecture();
        snn.forward(x, points, BatchMode.TRAIN);
        double[] rm = snn.runningMean();
        double[] rv = snn.runningVariance();
        // layer 0 by hand: a = W·x + b, batch mean and unbiased variance per unit
        for (int o = 0; o < 5; o++) {
            double[] col = new double[points];
            for (int q = 0; q < points; q++) {
                double s = p[a.biasOffset(0) + o];
                for (int f = 0; f < F; f++) {
                    s += p[a.weightOffset(0) + o * F + f] * x[q * F + f];
                }
                col[q] = s;
            }
            double mean = java.util.Arrays.stream(col).average().orElseThrow();
            double ss = 0;
            for (double v : col) {
                ss += (v - mean) * (v - mean);
            }
            assertEquals(0.1 * mean, rm[o], 1e-14, "running mean of unit " + o);
            assertEquals(0.9 + 0.1 * ss / (points - 1), rv[o], 1e-14, "running variance of unit " + o);
        }
    }

    @Test
    void evalModeIsPerPointAndLeavesStatisticsAlone() {
        Snn snn = network();
        double[] x = SnnGradientTest.random(5 * F, 2, 2.0);
        snn.forward(x, 5, BatchMode.TRAIN);
        double[] rm = snn.runningMean();
        double[] batch = snn.forward(x, 5, BatchMode.EVAL).outputs();
        assertArrayEquals(rm, snn.runningMean(), 0.0);
        for (int q = 0; q < 5; q++) {
            double[] alone = java.util.Arrays.copyOfRange(x, q * F, (q + 1) * F);
            assertEquals(batch[q], snn.forward(alone, 1, BatchMode.EVAL).output(0), 1e-15, "point " + q);
        }
    }

    @Test
    void trainModeOutputDependsOnTheBatchButFrozenStatisticsReproduceIt() {
        Snn snn = network();
        double[] x = SnnGradientTest.random(6 * F, 3, 2.0);
        SnnPass pass = snn.forward(x, 6, BatchMode.TRAIN);
        double[] sub = java.util.Arrays.copyOfRange(x, 0, 3 * F);
        assertNotEquals(pass.output(0), snn.forward(sub, 3, BatchMode.TRAIN).output(0), 1e-6);
        SnnPass frozen = snn.forwardWithStatistics(x, 6, pass.mean(), pass.variance());
        assertArrayEquals(pass.outputs(), frozen.outputs(), 1e-15);
        // the frozen function gives each point the same value whatever else is in the batch
        double[] again = snn.forwardWithStatistics(sub, 3, pass.mean(), pass.variance()).outputs();
        for (int q = 0; q < 3; q++) {
            assertEquals(pass.output(q), again[q], 1e-15, "the frozen function is per-point");
        }
    }
}
