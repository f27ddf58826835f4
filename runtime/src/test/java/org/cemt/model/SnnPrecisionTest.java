package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * float32 against float64 on the paper's aspirin network (241 features, (512,256,128,64,32), GELU, batch norm):
 * outputs, input gradients and weight gradients agree to a relative 1e-4 (of the largest magnitude; float32 has
 * 6e-8 unit round-off and sums run over up to 512 terms and 256 points).
 */
class SnnPrecisionTest {
    @Test
    void float32TracksFloat64() {
        int f = 241;
        int points = 84;
        SnnArchitecture arch = SnnArchitecture.of(f, new int[] {512, 256, 128, 64, 32}, Activation.GELU, true);
        Snn d = Snn.create(arch, Precision.FLOAT64, 3, 2);
        Snn s = Snn.create(arch, Precision.FLOAT32, 3, 2);
        double[] x = SnnGradientTest.random(points * f, 1, 1.0);
        double[] t = SnnGradientTest.random(points * f, 2, 1.0);
        double[] c = SnnGradientTest.random(points, 3, 1.0);
        double[] g = SnnGradientTest.random(points, 4, 1.0);
        SnnPass pd = d.forward(x, points, BatchMode.TRAIN);
        SnnPass ps = s.forward(x, points, BatchMode.TRAIN);
        assertClose(pd.outputs(), ps.outputs(), "outputs");
        assertClose(pd.inputGradient(new double[points * f]), ps.inputGradient(new double[points * f]), "∂e/∂λ");
        assertClose(pd.gradient(g, t, c, new double[arch.parameterCount()]),
            ps.gradient(g, t, c, new double[arch.parameterCount()]), "weight gradient");
    }

    private static void assertClose(double[] a, double[] b, String what) {
        double scale = 0;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            scale = Math.max(scale, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        assertTrue(scale > 1e-3, what + ": trivially small");
        assertTrue(diff <= 1e-4 * scale, what + ": max difference " + diff + " vs scale " + scale);
        assertTrue(diff > 0, what + ": float32 identical to float64, so not in float");
    }
}
