package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same network; any thread count and either matrix kernel, bit-identical outputs and gradients (both
 * precisions).
 */
class SnnDeterminismTest {
    private static final int F = 37;
    private static final int P = 300;

    private static Snn network(long seed, int threads, Precision precision) {
        return Snn.create(SnnArchitecture.of(F, new int[] {70, 33, 9}, Activation.GELU, true), precision, seed,
            threads);
    }

    @Test
    void seedFixesTheInitialParameters() {
        assertArrayEquals(network(5, 1, Precision.FLOAT64).parameters(),
            network(5, 1, Precision.FLOAT64).parameters(), 0.0);
        assertFalse(Arrays.equals(network(5, 1, Precision.FLOAT64).parameters(),
            network(6, 1, Precision.FLOAT64).parameters()));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        for (Precision precision : Precision.values()) {
            double[] x = SnnGradientTest.random(P * F, 1, 1.0);
            double[] t = SnnGradientTest.random(P * F, 2, 1.0);
            double[] c = SnnGradientTest.random(P, 3, 1.0);
            double[] g = SnnGradientTest.random(P, 4, 1.0);
            double[][] results = new double[3][];
            int[] threads = {1, 2, 5};
            for (int r = 0; r < threads.length; r++) {
                Snn snn = network(9, threads[r], precision);
                SnnPass pass = snn.forward(x, P, BatchMode.TRAIN);
                double[] grad = pass.gradient(g, t, c, new double[snn.parameterCount()]);
                double[] in = pass.inputGradient(new double[P * F]);
                // energy training alone takes the fused batch-norm path (SnnBackward.energyOnlyThroughStatistics)
                double[] energy = pass.gradient(g, null, null, new double[snn.parameterCount()]);
                results[r] = concat(pass.outputs(), grad, in, energy, snn.runningMean(), snn.runningVariance());
            }
            assertArrayEquals(results[0], results[1], 0.0, precision + ": 1 vs 2 threads");
            assertArrayEquals(results[0], results[2], 0.0, precision + ": 1 vs 5 threads");
        }
    }

    @Test
    void scalarAndVectorKernelsGiveBitIdenticalPasses() {
        double[] x = SnnGradientTest.random(P * F, 1, 1.0);
        double[] t = SnnGradientTest.random(P * F, 2, 1.0);
        double[] c = SnnGradientTest.random(P, 3, 1.0);
        double[] g = SnnGradientTest.random(P, 4, 1.0);
        double[][] results = new double[2][];
        String[] kernels = {"scalar", "vector"};
        for (int r = 0; r < 2; r++) {
            Gemm.Choice previous = Gemm.use(Gemm.choose(kernels[r]));
            try {
                assertTrue(Snn.matrixKernel().startsWith(kernels[r]), Snn.matrixKernel());
                Snn snn = network(9, 2, Precision.FLOAT64);
                SnnPass pass = snn.forward(x, P, BatchMode.TRAIN);
                double[] grad = pass.gradient(g, t, c, new double[snn.parameterCount()]);
                double[] in = pass.inputGradient(new double[P * F]);
                double[] energy = pass.gradient(g, null, null, new double[snn.parameterCount()]);
                results[r] = concat(pass.outputs(), grad, in, energy, pass.directionalDerivatives(t),
                    snn.runningMean(), snn.runningVariance());
            } finally {
                Gemm.use(previous);
            }
        }
        assertArrayEquals(results[0], results[1], 0.0, "scalar vs vector kernel");
    }

    @Test
    void releasedArraysReusedByTheNextPassesChangeNothing() {
        double[] x = SnnGradientTest.random(P * F, 1, 1.0);
        double[] y = SnnGradientTest.random(P * F, 5, 2.0);
        double[] t = SnnGradientTest.random(P * F, 2, 1.0);
        double[] c = SnnGradientTest.random(P, 3, 1.0);
        double[] g = SnnGradientTest.random(P, 4, 1.0);
        for (Precision precision : Precision.values()) {
            // fresh arrays every pass, against a network whose passes recycle each other's arrays (holding the
            // previous input's values: any value not overwritten would show)
            Snn fresh = network(9, 2, precision);
            Snn recycled = network(9, 2, precision);
            for (double[] in : new double[][] {y, x, y}) {
                double[] expected = all(fresh.forward(in, P, BatchMode.TRAIN), t, c, g, fresh.parameterCount());
                SnnPass pass = recycled.forward(in, P, BatchMode.TRAIN);
                double[] actual = all(pass, t, c, g, recycled.parameterCount());
                pass.release();
                pass.release();
                assertArrayEquals(expected, actual, 0.0, precision.toString());
                assertEquals(expected[0], pass.outputs()[0], 0.0, "outputs stay readable after release");
                IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> pass.inputGradient(new double[P * F]));
                assertTrue(e.getMessage().contains("released"), e.getMessage());
            }
        }
    }

    private static double[] all(SnnPass pass, double[] t, double[] c, double[] g, int parameters) {
        return concat(pass.outputs(), pass.gradient(g, t, c, new double[parameters]),
            pass.gradient(g, null, null, new double[parameters]), pass.inputGradient(new double[P * F]),
            pass.directionalDerivatives(t));
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
